using Kvu.Bot.Approvals;
using Kvu.Bot.Formation;
using Kvu.Bot.Formation.Cards;

namespace Kvu.Bot.Plan;

/// <summary>
/// "plan": the plan van aanpak on one card, as the werkgroep reads it: where it stands with the werkgroep (not put yet,
/// put as version n with how many agreed, adopted on a date, changed after adoption), the goals with their measures,
/// the knelpunten with the goals and measures that address them, the samenwerkingsstructuur, the evaluation plan, and
/// what is still missing. A plan of a hundred measures shows the first few per goal (Teams refuses a card over about
/// 28 KB); <c>maatregelen</c> lists them all.
/// </summary>
public static class PlanCard
{
    public const int MaxMeasuresPerGoal = 4;
    public const int MaxTextOnCard = 120;

    public static JsonObject Build(KvuProject project, IReadOnlyList<Measure> measures, DecisionTally? decision, bool manages, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(measures);
        var body = new JsonArray
        {
            Title(PlanText.Format(PlanKeys.PlanTitle, culture, project.Gemeente, project.Uitgaansgebied)),
            Text(Status(project, decision, culture), subtle: true, spacing: Spacing.None),
            Heading(PlanText.Get(PlanKeys.GoalsHeading, culture)),
        };
        if (project.Goals.Count == 0)
        {
            body.Add(Text(PlanText.Get(PlanKeys.PlanNoGoals, culture), subtle: true, spacing: Spacing.Small));
        }

        foreach (var goal in project.Goals)
        {
            body.Add(GoalBlock(project, goal, measures.Where(m => m.GoalId == goal.Id).ToList(), culture));
        }

        body.Add(Heading(PlanText.Get(PlanKeys.KnelpuntenHeading, culture)));
        if (project.Analysis.Knelpunten.Count == 0)
        {
            body.Add(Text(PlanText.Get(PlanKeys.PlanNoKnelpunten, culture), subtle: true, spacing: Spacing.Small));
        }

        foreach (var knelpunt in project.Analysis.Knelpunten)
        {
            var by = Addressing(project, knelpunt, measures);
            body.Add(Container(new JsonArray
            {
                Text(PlanText.Format(PlanKeys.PlanKnelpuntLine, culture, knelpunt.Id, FormationText.Name(knelpunt.Theme, culture), Cut(knelpunt.Text)), spacing: Spacing.None),
                by.Count > 0
                    ? Text(PlanText.Format(PlanKeys.PlanKnelpuntAddressed, culture, string.Join(", ", by)), size: TextSize.Small, color: TextColor.Good, spacing: Spacing.None)
                    : Text(PlanText.Get(PlanKeys.PlanKnelpuntOpen, culture), size: TextSize.Small, color: TextColor.Warning, spacing: Spacing.None),
            }, spacing: Spacing.Small));
        }

        body.Add(Heading(PlanText.Get(PlanKeys.CooperationHeading, culture)));
        body.Add(Text(string.Join("\n", PlanLines.Cooperation(project, culture)), spacing: Spacing.Small));
        body.Add(Heading(PlanText.Get(PlanKeys.EvaluationHeading, culture)));
        body.Add(Text(string.Join("\n", PlanLines.Evaluation(project, culture)), spacing: Spacing.Small));

        var missing = Missing(project, measures, culture);
        body.Add(Heading(PlanText.Get(PlanKeys.MissingHeading, culture)));
        body.Add(missing.Count == 0
            ? Text(PlanText.Get(PlanKeys.NothingMissing, culture), color: TextColor.Good, spacing: Spacing.Small)
            : Text(string.Join("\n", missing.Select(m => "- " + m)), color: TextColor.Warning, spacing: Spacing.Small));

        var actions = new JsonArray { Submit(PlanText.Get(PlanKeys.ButtonAllMeasures, culture), CardParts.Data(PlanVerbs.Measures)) };
        if (manages)
        {
            actions.Insert(0, Submit(PlanText.Get(PlanKeys.ButtonAddMeasure, culture), CardParts.Data(PlanVerbs.MeasureNew)));
            actions.Add(Submit(PlanText.Get(PlanKeys.ButtonPropose, culture), CardParts.Data(PlanVerbs.Propose), ActionStyle.Positive));
        }

        return AdaptiveCard.Create(body, actions);
    }

    /// <summary>
    /// What the plan still lacks, as the CCV's checklist for the plan van aanpak asks it: every knelpunt addressed, every
    /// goal SMART and with a measure, the samenwerkingsstructuur and the evaluation plan agreed, and the werkgroep's adoption.
    /// </summary>
    public static IReadOnlyList<string> Missing(KvuProject project, IReadOnlyList<Measure> measures, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(measures);
        var missing = new List<string>();
        if (project.Goals.Count == 0)
        {
            missing.Add(PlanText.Get(PlanKeys.MissingGoals, culture));
        }

        missing.AddRange(project.Analysis.Knelpunten.Where(k => Addressing(project, k, measures).Count == 0).Select(k => PlanText.Format(PlanKeys.MissingKnelpunt, culture, k.Id)));
        missing.AddRange(project.Goals.Where(g => Goals.Gaps(g, project.Analysis).Count > 0).Select(g => PlanText.Format(PlanKeys.MissingSmart, culture, g.Id)));
        missing.AddRange(project.Goals.Where(g => measures.All(m => m.GoalId != g.Id)).Select(g => PlanText.Format(PlanKeys.MissingMeasure, culture, g.Id)));
        if (project.Samenwerking.MeetsEveryWeeks is null)
        {
            missing.Add(PlanText.Get(PlanKeys.MissingRhythm, culture));
        }

        if (project.Samenwerking.Agreements.Count == 0)
        {
            missing.Add(PlanText.Get(PlanKeys.MissingAgreements, culture));
        }

        if (project.EvaluationPlan.All(m => m.Kind != EvaluationMomentKind.Tussenmeting))
        {
            missing.Add(PlanText.Get(PlanKeys.MissingTussenmeting, culture));
        }

        if (project.Nameting is null)
        {
            missing.Add(PlanText.Get(PlanKeys.MissingNameting, culture));
        }

        return missing;
    }

    /// <summary>The status line: put or not, how far the werkgroep is, adopted when, changed since.</summary>
    private static string Status(KvuProject project, DecisionTally? decision, CultureInfo culture)
    {
        var adopted = project.PlanApproved;
        return decision switch
        {
            null => PlanText.Get(PlanKeys.PlanStatusNotPut, culture),
            { Decision.Closed: true } when adopted is not null => PlanText.Format(PlanKeys.PlanStatusAdopted, culture, adopted.Version, CardParts.Date(adopted.At, culture)),
            _ when adopted is not null => PlanText.Format(PlanKeys.PlanStatusChanged, culture, adopted.Version, CardParts.Date(adopted.At, culture), decision.Decision.Version, decision.Agreed, decision.Voters.Count),
            _ => PlanText.Format(PlanKeys.PlanStatusOpen, culture, decision.Decision.Version, decision.Agreed, decision.Voters.Count),
        };
    }

    private static JsonObject GoalBlock(KvuProject project, Goal goal, IReadOnlyList<Measure> mine, CultureInfo culture)
    {
        var gaps = Goals.Gaps(goal, project.Analysis);
        var indicator = project.Analysis.Indicators.FirstOrDefault(i => i.Id == goal.IndicatorId);
        var items = new JsonArray
        {
            Text(PlanText.Format(PlanKeys.PlanGoalLine, culture, goal.Id, Cut(goal.Text)), weight: TextWeight.Bolder, spacing: Spacing.None),
            gaps.Count == 0
                ? Text(PlanText.Format(PlanKeys.PlanGoalSmart, culture, indicator!.Name, indicator.Baseline, goal.Target, CardParts.Date(goal.By!.Value, culture)), size: TextSize.Small, color: TextColor.Good, spacing: Spacing.None)
                : Text(PlanText.Format(PlanKeys.PlanGoalNotSmart, culture, string.Join(", ", gaps.Select(g => FormationText.Name(g, culture)))), size: TextSize.Small, color: TextColor.Warning, spacing: Spacing.None),
        };
        if (goal.KnelpuntIds.Count > 0)
        {
            items.Add(Text(PlanText.Format(PlanKeys.PlanGoalKnelpunten, culture, string.Join(", ", goal.KnelpuntIds)), size: TextSize.Small, subtle: true, spacing: Spacing.None));
        }

        foreach (var measure in mine.Take(MaxMeasuresPerGoal))
        {
            items.Add(Text("- " + PlanText.Format(PlanKeys.PlanMeasureLine, culture, measure.Id, Cut(measure.Title), measure.Party,
                CardParts.Date(measure.Start, culture), CardParts.Date(measure.End, culture)), size: TextSize.Small, spacing: Spacing.None));
        }

        if (mine.Count > MaxMeasuresPerGoal)
        {
            items.Add(Text(PlanText.Format(PlanKeys.PlanMoreMeasures, culture, mine.Count - MaxMeasuresPerGoal), size: TextSize.Small, subtle: true, spacing: Spacing.None));
        }

        return Container(items, spacing: Spacing.Small);
    }

    /// <summary>The goals that name the knelpunt and the measures for it directly: "d1, mr4".</summary>
    private static IReadOnlyList<string> Addressing(KvuProject project, Knelpunt knelpunt, IReadOnlyList<Measure> measures) =>
        [.. project.Goals.Where(g => g.KnelpuntIds.Contains(knelpunt.Id)).Select(g => g.Id)
            .Concat(measures.Where(m => m.KnelpuntId == knelpunt.Id).Select(m => m.Id))];

    private static string Cut(string text) => UserText.Cut(text, MaxTextOnCard);
}
