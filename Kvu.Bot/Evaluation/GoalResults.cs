using Kvu.Bot.Formation;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// The one rule for judging the plan's goals against the metingen, used by the metingen card, the evaluation and the
/// reports: per goal reached, not (yet) reached or not measured, and the trend against the nulmeting and the meting
/// before. Only metingen of the project's current round count: a new round starts from a new nulmeting.
/// </summary>
public static class GoalResults
{
    public static IReadOnlyList<GoalProgress> For(KvuProject project, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(project);
        return [.. project.Goals.Select(g => Of(project, g, today))];
    }

    public static GoalProgress Of(KvuProject project, Goal goal, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(goal);
        var indicator = project.Analysis.Indicators.FirstOrDefault(i => i.Id == goal.IndicatorId);
        var better = indicator is null ? null : Direction(project, indicator);
        var metingen = indicator is null ? [] : Measured(project, indicator.Id);
        var latest = metingen.Count > 0 ? metingen[^1] : null;
        var previous = metingen.Count > 1 ? metingen[^2] : null;
        var sinceBaseline = latest is null ? (Trend?)null : Compare(latest.Value, indicator!.Baseline, better);
        var sincePrevious = latest is null || previous is null ? (Trend?)null : Compare(latest.Value, previous.Value, better);
        GoalVerdict verdict;
        if (Goals.Gaps(goal, project.Analysis).Count > 0)
        {
            verdict = GoalVerdict.NotSmart;
        }
        else if (latest is null)
        {
            verdict = GoalVerdict.NotMeasured;
        }
        else if (Meets(latest.Value, goal.Target!.Value, better))
        {
            verdict = GoalVerdict.Reached;
        }
        else
        {
            verdict = today > goal.By!.Value || metingen.Any(m => m.Kind == MetingKind.Nameting) ? GoalVerdict.NotReached : GoalVerdict.NotYetReached;
        }

        return new GoalProgress(goal, indicator, better, latest, previous, verdict, sinceBaseline, sincePrevious);
    }

    /// <summary>The indicator's metingen of the current round, oldest first (by date, then in the order entered).</summary>
    public static IReadOnlyList<Meting> Measured(KvuProject project, string indicatorId)
    {
        ArgumentNullException.ThrowIfNull(project);
        return project.MetingenOf(indicatorId);
    }

    /// <summary>
    /// Which way the indicator gets better: as someone said, or else as its goals say (a target below the nulmeting
    /// means lower is better). Null when neither tells, or when goals disagree.
    /// </summary>
    public static IndicatorDirection? Direction(KvuProject project, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(indicator);
        if (indicator.Better is { } said)
        {
            return said;
        }

        var fromGoals = project.Goals
            .Where(g => g.IndicatorId == indicator.Id && g.Target is { } target && target != indicator.Baseline)
            .Select(g => g.Target < indicator.Baseline ? IndicatorDirection.Lower : IndicatorDirection.Higher)
            .Distinct()
            .ToList();
        return fromGoals.Count == 1 ? fromGoals[0] : null;
    }

    public static Trend Compare(decimal value, decimal earlier, IndicatorDirection? better) => (value.CompareTo(earlier), better) switch
    {
        (0, _) => Trend.Equal,
        ( < 0, IndicatorDirection.Lower) or ( > 0, IndicatorDirection.Higher) => Trend.Better,
        (_, IndicatorDirection.Lower or IndicatorDirection.Higher) => Trend.Worse,
        ( < 0, null) => Trend.Lower,
        _ => Trend.Higher,
    };

    /// <summary>The target is met when the value is at it or beyond it on the better side; without a direction, only at it.</summary>
    private static bool Meets(decimal value, decimal target, IndicatorDirection? better) => better switch
    {
        IndicatorDirection.Lower => value <= target,
        IndicatorDirection.Higher => value >= target,
        _ => value == target,
    };
}
