using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// "metingen": every goal of the plan against its indicator (reached, not yet, not reached, not measured; the trend
/// against the nulmeting and the meting before), then the metingen of this round per indicator. Long histories are cut
/// to the latest few per indicator (Teams refuses a card over about 28 KB); all of them stay on the project.
/// </summary>
public static class ResultsCard
{
    public const int MetingenPerIndicator = 6;

    public static JsonObject Build(KvuProject project, DateOnly today, bool manages, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(project);
        var body = new JsonArray
        {
            Title(EvaluationText.Format(EvaluationKeys.ResultsTitle, culture, project.Gemeente, project.Uitgaansgebied)),
            Text(EvaluationText.Format(EvaluationKeys.ResultsRound, culture, project.Round), subtle: true, spacing: Spacing.Small),
            Heading(EvaluationText.Get(EvaluationKeys.GoalsHeading, culture)),
        };
        var goals = GoalResults.For(project, today);
        if (goals.Count == 0)
        {
            body.Add(Text(EvaluationText.Get(EvaluationKeys.NoGoals, culture), subtle: true, spacing: Spacing.Small));
        }

        foreach (var goal in goals)
        {
            body.Add(Goal(goal, culture));
        }

        body.Add(Heading(EvaluationText.Get(EvaluationKeys.IndicatorsHeading, culture)));
        foreach (var indicator in project.Analysis.Indicators)
        {
            var items = new JsonArray
            {
                Text(EvaluationText.Format(EvaluationKeys.IndicatorLine, culture, indicator.Name, EvaluationText.Number(indicator.Baseline, culture), EvaluationText.Date(indicator.BaselineOn, culture)),
                    weight: TextWeight.Bolder, spacing: Spacing.None),
            };
            var metingen = GoalResults.Measured(project, indicator.Id);
            if (metingen.Count == 0)
            {
                items.Add(Text(EvaluationText.Get(EvaluationKeys.NoMetingen, culture), subtle: true, size: TextSize.Small, spacing: Spacing.None));
            }

            foreach (var meting in metingen.TakeLast(MetingenPerIndicator))
            {
                items.Add(Text(MetingLine(meting, culture), size: TextSize.Small, spacing: Spacing.None));
            }

            if (metingen.Count > MetingenPerIndicator)
            {
                items.Add(Text(EvaluationText.Format(EvaluationKeys.MetingenMore, culture, metingen.Count - MetingenPerIndicator), subtle: true, size: TextSize.Small, spacing: Spacing.None));
            }

            body.Add(Container(items, spacing: Spacing.Small));
        }

        var actions = new JsonArray();
        if (manages && project.Analysis.Indicators.Count > 0)
        {
            actions.Add(CardActions.Execute(EvaluationText.Get(EvaluationKeys.ButtonEnter, culture), EvaluationVerbs.MetingNew,
                new JsonObject { [EvaluationVerbs.ProjectField] = project.Id }, CardVerb.Field, ActionStyle.Positive));
        }

        return AdaptiveCard.Create(body, actions);
    }

    /// <summary>One goal: its text, where it stands (coloured), the figures, and the trend.</summary>
    public static JsonObject Goal(GoalProgress progress, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var goal = progress.Goal;
        var items = new JsonArray
        {
            Text($"{goal.Id} {goal.Text}", weight: TextWeight.Bolder, spacing: Spacing.None),
            Text(EvaluationText.Name(progress.Verdict, culture), color: Colour(progress.Verdict), size: TextSize.Small, spacing: Spacing.None),
        };
        if (FiguresText(progress, culture) is { } figures)
        {
            items.Add(Text(figures, size: TextSize.Small, spacing: Spacing.None));
        }

        if (TrendText(progress, culture) is { } trend)
        {
            items.Add(Text(trend, size: TextSize.Small, spacing: Spacing.None));
        }

        if (progress.Latest is not null && progress.Better is null)
        {
            items.Add(Text(EvaluationText.Get(EvaluationKeys.DirectionUnknown, culture), subtle: true, size: TextSize.Small, spacing: Spacing.None));
        }

        return Container(items, spacing: Spacing.Small);
    }

    /// <summary>"Incidenten per weekendnacht: nulmeting 4,5 (1 maart 2026), laatste meting ..., streefwaarde 3 vóór ..."; null for a goal that is not SMART.</summary>
    public static string? FiguresText(GoalProgress progress, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(progress);
        if (progress.Indicator is not { } indicator || progress.Goal.Target is not { } target || progress.Goal.By is not { } by)
        {
            return null;
        }

        var baseline = EvaluationText.Number(indicator.Baseline, culture);
        var baselineOn = EvaluationText.Date(indicator.BaselineOn, culture);
        return progress.Latest is { } latest
            ? EvaluationText.Format(EvaluationKeys.GoalMeasured, culture, indicator.Name, baseline, baselineOn, EvaluationText.Number(latest.Value, culture),
                EvaluationText.Date(latest.On, culture), EvaluationText.Name(latest.Kind, culture), EvaluationText.Number(target, culture), EvaluationText.Date(by, culture))
            : EvaluationText.Format(EvaluationKeys.GoalUnmeasured, culture, indicator.Name, baseline, baselineOn, EvaluationText.Number(target, culture), EvaluationText.Date(by, culture));
    }

    /// <summary>"Trend: beter dan de nulmeting, slechter dan de vorige meting (3,5 op 1 september 2026)."; null without a meting.</summary>
    public static string? TrendText(GoalProgress progress, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(progress);
        if (progress.SinceBaseline is not { } sinceBaseline)
        {
            return null;
        }

        var parts = new List<string> { EvaluationText.Get($"TrendBaseline_{sinceBaseline}", culture) };
        if (progress.SincePrevious is { } sincePrevious && progress.Previous is { } previous)
        {
            parts.Add(EvaluationText.Format($"TrendPrevious_{sincePrevious}", culture, EvaluationText.Number(previous.Value, culture), EvaluationText.Date(previous.On, culture)));
        }

        return EvaluationText.Format(EvaluationKeys.TrendLine, culture, string.Join(", ", parts));
    }

    public static string MetingLine(Meting meting, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(meting);
        return EvaluationText.Format(EvaluationKeys.MetingLine, culture, EvaluationText.Date(meting.On, culture), EvaluationText.Number(meting.Value, culture),
            EvaluationText.Name(meting.Kind, culture), meting.Source);
    }

    private static TextColor? Colour(GoalVerdict verdict) => verdict switch
    {
        GoalVerdict.Reached => TextColor.Good,
        GoalVerdict.NotYetReached => TextColor.Warning,
        GoalVerdict.NotReached => TextColor.Attention,
        _ => null,
    };
}
