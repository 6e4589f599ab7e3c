using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Cycle;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// The evaluation of the cooperation as typed (or clicked): <c>evaluatie</c> shows where it stands (anyone in the
/// werkgroep); the projectleider or secretaris types <c>evaluatie starten</c> (a survey card to every member, again to
/// whoever has not answered), <c>evaluatie afsluiten</c> (the aggregate, and in the Evaluatie phase the offer of a new
/// round), and <c>opgelost k2</c> / <c>niet opgelost k2</c> for the knelpunten that do or do not go along.
/// </summary>
public sealed class CooperationConversation(CycleProjects finder, ProjectStore projects, CooperationStore store, CooperationSurvey survey) : ProjectCommand<CooperationConversation.Typed>(finder)
{
    public override IReadOnlyCollection<string> Verbs { get; } = [EvaluationVerbs.Cooperation, EvaluationVerbs.CooperationStart, EvaluationVerbs.CooperationClose];

    protected override bool ForEveryone(Typed command) => command.What == EvaluationWord.Cooperation;

    protected override string NotManager(Typed command, CultureInfo culture) => EvaluationText.Get(EvaluationKeys.NotManagerCooperation, culture);

    protected override async Task<IReadOnlyList<Reply>> RunAsync(ProjectTurn turn, Typed typed, CancellationToken cancellationToken)
    {
        var (project, culture) = (turn.Project, turn.Culture);
        switch (typed.What)
        {
            case EvaluationWord.CooperationStart:
                return await StartAsync(turn.Input, project, cancellationToken);
            case EvaluationWord.CooperationClose:
                if (await survey.CloseAsync(project, turn.Now, cancellationToken) is not { } closed)
                {
                    return [Reply.Say(EvaluationText.Get(EvaluationKeys.NothingToClose, culture))];
                }

                // The Evaluatie's checklist item "success factors scored" is judged from this, on the project.
                var scored = (await store.ListAnswersAsync(project, closed.Round, cancellationToken)).Count(a => a.Scores.Count > 0);
                if (scored > 0 && !project.CooperationScoredRounds.Contains(closed.Round))
                {
                    project = await projects.UpdateAsync(project.Key, p => p.RecordCooperationScored(scored, turn.By, turn.Now), cancellationToken) ?? project;
                }

                break;
            case EvaluationWord.Resolved or EvaluationWord.Unresolved:
                return await ResolveAsync(turn, typed, cancellationToken);
        }

        return [await ShowAsync(project, turn.Manages, culture, cancellationToken)];
    }

    private async Task<IReadOnlyList<Reply>> StartAsync(FlowInput input, KvuProject project, CancellationToken cancellationToken)
    {
        var culture = input.Culture;
        await input.Working.ShowAsync(cancellationToken);
        var round = await survey.StartAsync(project, input.User.AadObjectId, input.Now, cancellationToken);
        if (round.Evaluation.Closed)
        {
            return [Reply.Say(EvaluationText.Get(EvaluationKeys.AlreadyClosed, culture)), await ShowAsync(project, true, culture, cancellationToken)];
        }

        var said = new List<string>
        {
            round.Sent.Count > 0 ? EvaluationText.Format(EvaluationKeys.Started, culture, string.Join(", ", round.Sent)) : EvaluationText.Get(EvaluationKeys.StartedNobody, culture),
        };
        if (round.Unreachable.Count > 0)
        {
            said.Add(EvaluationText.Format(EvaluationKeys.Unreachable, culture, string.Join(", ", round.Unreachable)));
        }

        if (round.Later.Count > 0)
        {
            said.Add(EvaluationText.Format(EvaluationKeys.Later, culture, string.Join(", ", round.Later)));
        }

        return [Reply.Say(string.Join("\n\n", said)), await ShowAsync(project, true, culture, cancellationToken)];
    }

    private async Task<IReadOnlyList<Reply>> ResolveAsync(ProjectTurn turn, Typed typed, CancellationToken cancellationToken)
    {
        var (project, culture) = (turn.Project, turn.Culture);
        if (typed.Rest.Length == 0)
        {
            return [Reply.Say(EvaluationText.Get(EvaluationKeys.ResolvedUsage, culture))];
        }

        var resolved = typed.What == EvaluationWord.Resolved;
        await projects.UpdateAsync(project.Key, p => p.ResolveKnelpunt(typed.Rest, resolved, turn.By, turn.Now), cancellationToken);

        return [Reply.Say(EvaluationText.Format(resolved ? EvaluationKeys.ResolvedSaved : EvaluationKeys.UnresolvedSaved, culture, typed.Rest.Trim().ToLowerInvariant()))];
    }

    private async Task<Reply> ShowAsync(KvuProject project, bool manages, CultureInfo culture, CancellationToken cancellationToken)
    {
        var evaluation = await store.GetAsync(project, project.Round, cancellationToken);
        var answers = evaluation is null ? [] : await store.ListAnswersAsync(project, project.Round, cancellationToken);
        return Reply.Show(CooperationCard.Build(project, evaluation, answers, manages, culture));
    }

    protected override Typed? Parse(FlowInput input) => input.Verb switch
    {
        EvaluationVerbs.Cooperation => new Typed(EvaluationWord.Cooperation, string.Empty),
        EvaluationVerbs.CooperationStart => new Typed(EvaluationWord.CooperationStart, string.Empty),
        EvaluationVerbs.CooperationClose => new Typed(EvaluationWord.CooperationClose, string.Empty),
        _ => input.TypedText is { } text ? FromText(text) : null,
    };

    private static Typed? FromText(string text)
    {
        var words = EvaluationText.Words;
        foreach (var whole in new[] { EvaluationWord.Cooperation, EvaluationWord.CooperationStart, EvaluationWord.CooperationClose })
        {
            if (words[whole].Matches(text))
            {
                return new Typed(whole, string.Empty);
            }
        }

        foreach (var started in new[] { EvaluationWord.Unresolved, EvaluationWord.Resolved })
        {
            if (words[started].StartText(text, out var rest))
            {
                return new Typed(started, rest);
            }
        }

        return null;
    }

    /// <summary>Which command and what follows its word.</summary>
    public sealed record Typed(EvaluationWord What, string Rest);
}
