using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Cycle;
using Kvu.Bot.Formation;
using Kvu.Bot.Formation.Cards;

namespace Kvu.Bot.Plan;

/// <summary>
/// The samenwerkingsstructuur and the evaluation plan of the plan van aanpak. The projectleider (or secretaris) agrees
/// how often the werkgroep meets (<c>samenwerking overleg elke 6 weken</c>) and who decides what (<c>samenwerking
/// besluit Horecaverboden: burgemeester</c>), and plans the tussenmetingen and the nameting (<c>evaluatieplan
/// tussenmeting 01-06-2028</c>, <c>evaluatieplan nameting 01-06-2029</c>); everyone in the werkgroep reads them
/// (<c>samenwerking</c>, <c>evaluatieplan</c>).
/// </summary>
public sealed class CooperationConversation(CycleProjects finder, ProjectStore projects, PlanDecision plan) : ProjectCommand<CooperationConversation.Typed>(finder)
{
    protected override bool ForEveryone(Typed command) => command.Rest.Length == 0;

    protected override async Task<IReadOnlyList<Reply>> RunAsync(ProjectTurn turn, Typed command, CancellationToken cancellationToken)
    {
        var (project, culture) = (turn.Project, turn.Culture);
        if (command.Rest.Length == 0)
        {
            return [Reply.Say(command.What == PlanWord.Cooperation ? CooperationText(project, culture) : EvaluationText(project, culture))];
        }

        var (change, saved, usage) = command.What == PlanWord.Cooperation
            ? Cooperation(command.Rest, turn.By, turn.Now, culture)
            : Evaluation(command.Rest, turn.By, turn.Now, culture);
        if (change is null)
        {
            return [Reply.Say(PlanText.Get(usage, culture))];
        }

        var result = saved!;
        var changed = await projects.UpdateAsync(project.Key, p =>
        {
            if (change(p) is { } other)
            {
                result = other;
            }
        }, cancellationToken) ?? project;
        await plan.ChangedAsync(changed, turn.Now, cancellationToken);
        return [Reply.Say(result)];
    }

    public static string CooperationText(KvuProject project, CultureInfo culture) =>
        PlanText.Format(PlanKeys.CooperationTitle, culture, project.Gemeente, project.Uitgaansgebied) + "\n\n" + string.Join("\n", PlanLines.Cooperation(project, culture));

    public static string EvaluationText(KvuProject project, CultureInfo culture) =>
        PlanText.Format(PlanKeys.EvaluationTitle, culture, project.Gemeente, project.Uitgaansgebied) + "\n\n" + string.Join("\n", PlanLines.Evaluation(project, culture));

    /// <summary>"overleg elke 6 weken" or "besluit Horecaverboden: burgemeester" ("...: weg" removes it).</summary>
    /// <returns>The change (which may return another text to say than the one given), what to say, or the usage.</returns>
    private static (Func<KvuProject, string?>?, string?, string) Cooperation(string rest, PersonRef by, DateTimeOffset now, CultureInfo culture)
    {
        var words = PlanText.Words;
        if (words[PlanWord.Meets].StartText(rest, out var rhythm))
        {
            words[PlanWord.Every].StartText(rhythm, out var after);
            var number = (after.Length > 0 ? after : rhythm).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (number.Length is 1 or 2 && int.TryParse(number[0], NumberStyles.None, CultureInfo.InvariantCulture, out var weeks) && (number.Length == 1 || words[PlanWord.Weeks].Matches(number[1])))
            {
                return (p => { p.SetMeetingRhythm(weeks, by, now); return null; }, PlanText.Format(PlanKeys.RhythmSaved, culture, weeks), PlanKeys.CooperationUsage);
            }

            return (null, null, PlanKeys.CooperationUsage);
        }

        if (!words[PlanWord.Decides].StartText(rest, out var agreement))
        {
            return (null, null, PlanKeys.CooperationUsage);
        }

        var colon = agreement.LastIndexOf(':');
        var subject = colon < 0 ? null : Answers.Name(agreement[..colon]);
        var decider = colon < 0 ? string.Empty : agreement[(colon + 1)..].Trim();
        if (subject is null || decider.Length == 0)
        {
            return (null, null, PlanKeys.CooperationUsage);
        }

        if (words[PlanWord.Remove].Matches(decider))
        {
            return (p => { p.SetDecisionAgreement(subject, null, by, now); return null; }, PlanText.Format(PlanKeys.AgreementRemoved, culture, subject), PlanKeys.CooperationUsage);
        }

        var who = Answers.Name(decider);
        return who is null
            ? (null, null, PlanKeys.CooperationUsage)
            : (p => { p.SetDecisionAgreement(subject, who, by, now); return null; }, PlanText.Format(PlanKeys.AgreementSaved, culture, subject, who), PlanKeys.CooperationUsage);
    }

    /// <summary>"tussenmeting 01-06-2028", "nameting 01-06-2029" or "01-06-2028 weg".</summary>
    private static (Func<KvuProject, string?>?, string?, string) Evaluation(string rest, PersonRef by, DateTimeOffset now, CultureInfo culture)
    {
        var words = PlanText.Words;
        var today = DutchTime.Date(now);
        foreach (var (word, kind) in new[] { (PlanWord.Tussenmeting, EvaluationMomentKind.Tussenmeting), (PlanWord.Nameting, EvaluationMomentKind.Nameting) })
        {
            if (words[word].StartText(rest, out var when))
            {
                return Answers.Date(when, today) is { } on
                    ? (p => { p.PlanEvaluation(kind, on, by, now); return null; }, PlanText.Format(PlanKeys.EvaluationSaved, culture, PlanLines.Name(kind, culture), CardParts.Date(on, culture)), PlanKeys.EvaluationUsage)
                    : (null, null, PlanKeys.EvaluationUsage);
            }
        }

        var parts = rest.Split(' ', 2, StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && words[PlanWord.Remove].Matches(parts[1]) && Answers.Date(parts[0], today) is { } date)
        {
            var shown = CardParts.Date(date, culture);
            return (p => p.RemoveEvaluation(date, by, now) ? null : PlanText.Format(PlanKeys.EvaluationNothingOn, culture, shown),
                PlanText.Format(PlanKeys.EvaluationRemoved, culture, shown), PlanKeys.EvaluationUsage);
        }

        return (null, null, PlanKeys.EvaluationUsage);
    }

    protected override Typed? Parse(FlowInput input)
    {
        if (input.Data is not null)
        {
            return null;
        }

        foreach (var what in new[] { PlanWord.Cooperation, PlanWord.EvaluationPlan })
        {
            if (PlanText.Words[what].StartText(input.Text, out var rest))
            {
                return new Typed(what, rest);
            }
        }

        return null;
    }

    /// <summary>Which of the two and what follows it.</summary>
    public sealed record Typed(PlanWord What, string Rest);
}
