using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Cycle;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Plan;

/// <summary>
/// The goals of the plan van aanpak: the projectleider enters a goal with its indicator, target value and date
/// (<c>doel Minder geweld; indicator Incidenten per weekendnacht; streefwaarde 3; datum 31-12-2027</c>), and the bot
/// says whether it is SMART or what is missing (<see cref="Goals.Gaps"/>); <c>doelen</c> lists them all. A goal may name the
/// knelpunten it answers (<c>; knelpunt k1, k3</c>). Naming a goal again changes only the parts typed, as the SMART check's
/// advice asks (<c>doel Minder geweld; indicator X</c> keeps its target and date). A change to a plan already put to the
/// werkgroep gives it a new version.
/// </summary>
public sealed class GoalConversation(CycleProjects finder, ProjectStore projects, PlanDecision plan) : ProjectCommand<string>(finder)
{
    protected override bool ForEveryone(string rest) => rest.Length == 0;

    protected override async Task<IReadOnlyList<Reply>> RunAsync(ProjectTurn turn, string rest, CancellationToken cancellationToken)
    {
        var (project, culture) = (turn.Project, turn.Culture);
        if (rest.Length == 0)
        {
            return [Reply.Say(List(project, culture))];
        }

        if (Read(rest, turn.Today) is not { } typed)
        {
            return [Reply.Say(CycleText.Get(CycleKeys.GoalUsage, culture))];
        }

        Goal? goal = null;
        project = await projects.UpdateAsync(project.Key,
            p => goal = p.SetGoal(typed.Text, typed.Indicator, typed.Target, typed.By, turn.By, turn.Now, typed.Knelpunten), cancellationToken) ?? project;
        await plan.ChangedAsync(project, turn.Now, cancellationToken);

        return [Reply.Say(Saved(goal!, project.Analysis, culture))];
    }

    /// <returns>Null: not a goal command; empty: "doelen"; otherwise the text after "doel".</returns>
    protected override string? Parse(FlowInput input)
    {
        if (input.TypedText is not { } text)
        {
            return null;
        }

        if (CycleText.Words[CycleWord.Goals].Matches(text))
        {
            return string.Empty;
        }

        return CycleText.Words[CycleWord.Goal].StartText(text, out var rest) && rest.Length > 0 ? rest : null;
    }

    /// <summary>"Minder geweld; indicator X; streefwaarde 3; datum 31-12-2027": the parts after the text in any order, each optional.</summary>
    private static TypedGoal? Read(string rest, DateOnly today)
    {
        var parts = rest.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var text = parts.Length > 0 ? Answers.Name(parts[0]) : null;
        if (text is null)
        {
            return null;
        }

        var goal = new TypedGoal(text, null, null, null, null);
        foreach (var part in parts.Skip(1))
        {
            if (CycleText.Words[CycleWord.Indicator].StartText(part, out var indicator) && indicator.Length > 0)
            {
                goal = goal with { Indicator = indicator };
            }
            else if (CycleText.Words[CycleWord.Target].StartText(part, out var target) && AnalysisConversation.TryNumber(target, out var value))
            {
                goal = goal with { Target = value };
            }
            else if (CycleText.Words[CycleWord.Knelpunt].StartText(part, out var knelpunten) && Answers.List(knelpunten) is { Count: > 0 } ids)
            {
                goal = goal with { Knelpunten = ids };
            }
            else if (CycleText.Words[CycleWord.By].StartText(part, out var date) && Answers.Date(date, today) is { } by)
            {
                goal = goal with { By = by };
            }
            else
            {
                return null;
            }
        }

        return goal;
    }

    /// <summary>
    /// What the goal now is: a change keeps the parts that were not typed, so the reply names what it kept as well as
    /// what it still lacks.
    /// </summary>
    private static string Saved(Goal goal, Veiligheidsanalyse analysis, CultureInfo culture)
    {
        var indicator = analysis.Indicators.FirstOrDefault(i => i.Id == goal.IndicatorId);
        var gaps = Goals.Gaps(goal, analysis);
        if (gaps.Count == 0)
        {
            return CycleText.Format(CycleKeys.GoalSmart, culture, Smart(goal, indicator!, culture));
        }

        string?[] has =
        [
            indicator is null ? null : CycleText.Format(CycleKeys.GoalHasIndicator, culture, indicator.Name),
            goal.Target is { } target ? CycleText.Format(CycleKeys.GoalHasTarget, culture, target) : null,
            goal.By is { } by ? CycleText.Format(CycleKeys.GoalHasDate, culture, Formation.Cards.CardParts.Date(by, culture)) : null,
        ];
        string?[] sentences =
        [
            CycleText.Format(CycleKeys.GoalNotSmart, culture, goal.Id, goal.Text, Missing(gaps, culture)),
            has.Any(p => p is not null) ? CycleText.Format(CycleKeys.GoalHas, culture, string.Join(", ", has.OfType<string>())) : null,
            CycleText.Format(CycleKeys.GoalComplete, culture, string.Join(", ", analysis.Indicators.Select(i => i.Name).DefaultIfEmpty("–"))),
        ];
        return string.Join(" ", sentences.OfType<string>());
    }

    private static string List(KvuProject project, CultureInfo culture)
    {
        if (project.Goals.Count == 0)
        {
            return CycleText.Get(CycleKeys.NoGoals, culture);
        }

        var lines = project.Goals.Select(g =>
        {
            var gaps = Goals.Gaps(g, project.Analysis);
            var indicator = project.Analysis.Indicators.FirstOrDefault(i => i.Id == g.IndicatorId);
            return "- " + (gaps.Count == 0
                ? CycleText.Format(CycleKeys.GoalLine, culture, Smart(g, indicator!, culture))
                : CycleText.Format(CycleKeys.GoalLineMissing, culture, g.Id, g.Text, Missing(gaps, culture)));
        });
        return CycleText.Format(CycleKeys.GoalsTitle, culture, project.Gemeente, project.Uitgaansgebied) + "\n\n" + string.Join("\n", lines);
    }

    /// <summary>A SMART goal as the reply and the list say it: id, text, indicator, from its baseline to the target, by the date.</summary>
    private static object?[] Smart(Goal goal, Indicator indicator, CultureInfo culture) =>
        [goal.Id, goal.Text, indicator.Name, indicator.Baseline, goal.Target, Formation.Cards.CardParts.Date(goal.By!.Value, culture)];

    private static string Missing(IReadOnlyList<SmartGap> gaps, CultureInfo culture) => string.Join(", ", gaps.Select(g => FormationText.Name(g, culture)));

    private sealed record TypedGoal(string Text, string? Indicator, decimal? Target, DateOnly? By, IReadOnlyList<string>? Knelpunten);
}
