namespace Kvu.Bot.Formation;

/// <summary>The SMART check of the plan van aanpak's goals, the one rule the goal command, the card and the checklist apply.</summary>
public static class Goals
{
    public static IReadOnlyList<SmartGap> Gaps(Goal goal, Veiligheidsanalyse analysis)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(analysis);
        var gaps = new List<SmartGap>();
        if (goal.IndicatorId is null || analysis.Indicators.All(i => i.Id != goal.IndicatorId))
        {
            gaps.Add(SmartGap.Indicator);
        }

        if (goal.Target is null)
        {
            gaps.Add(SmartGap.Target);
        }

        if (goal.By is null)
        {
            gaps.Add(SmartGap.Date);
        }

        return gaps;
    }

    /// <summary>Every goal of the plan is SMART, and there is at least one.</summary>
    public static bool AllSmart(KvuProject project) =>
        project.Goals.Count > 0 && project.Goals.All(g => Gaps(g, project.Analysis).Count == 0);
}
