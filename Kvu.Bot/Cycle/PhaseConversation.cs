using Kvu.Bot.Approvals;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Cycle;

/// <summary>
/// The phases of the KVU: <c>fase</c> shows the phase card (everyone in the werkgroep); the projectleider proposes
/// <c>volgende fase</c> or <c>vorige fase</c>, which shows what is still open and puts the move to the werkgroep as a
/// group decision in its channel (<see cref="PhaseMoveSettler"/> moves the project once everyone agreed), and ticks
/// the items the bot cannot judge itself: <c>punt 4 klaar</c>, <c>punt 4 open</c>.
/// </summary>
public sealed class PhaseConversation(
    CycleProjects finder,
    ManagedProjects managed,
    ProjectStore projects,
    ApprovalStore approvals,
    ApprovedDecisions approved,
    DecisionViews views,
    WerkgroepChannelPost channelPost) : IMessageFeature
{
    private static readonly string FaseId = GroupDecision.IdFor(GroupDecisionKind.Fase);

    public IReadOnlyCollection<string> Verbs { get; } = [CycleVerbs.Phase, CycleVerbs.NextPhase, CycleVerbs.PreviousPhase];

    public MessageRank? Rank(FlowInput input, UserConversation user) => Parse(input) is null ? null : MessageRank.Command;

    public async Task<IReadOnlyList<Reply>?> HandleAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken) => Parse(input) switch
    {
        { What: Command.Show } => await ShowAsync(input, user, cancellationToken),
        { What: Command.Next } => await ProposeAsync(input, user, forward: true, cancellationToken),
        { What: Command.Previous } => await ProposeAsync(input, user, forward: false, cancellationToken),
        { What: Command.Tick } typed => await TickAsync(input, user, typed.Number, typed.Done, cancellationToken),
        { What: Command.TickUsage } => [Reply.Say(CycleText.Get(CycleKeys.ItemUsage, input.Culture))],
        _ => null,
    };

    private static Typed? Parse(FlowInput input) => input.Verb switch
    {
        CycleVerbs.Phase => new Typed(Command.Show),
        CycleVerbs.NextPhase => new Typed(Command.Next),
        CycleVerbs.PreviousPhase => new Typed(Command.Previous),
        _ => input.TypedText is { } text ? FromText(text) : null,
    };

    private static Typed? FromText(string text)
    {
        var words = CycleText.Words;
        if (words[CycleWord.Phase].Matches(text))
        {
            return new Typed(Command.Show);
        }

        if (words[CycleWord.NextPhase].Matches(text))
        {
            return new Typed(Command.Next);
        }

        if (words[CycleWord.PreviousPhase].Matches(text))
        {
            return new Typed(Command.Previous);
        }

        if (!words[CycleWord.Item].StartText(text, out var rest))
        {
            return null;
        }

        var parts = rest.Split(' ', 2, StringSplitOptions.TrimEntries);
        return parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && (words[CycleWord.Done].Matches(parts[1]) || words[CycleWord.Open].Matches(parts[1]))
            ? new Typed(Command.Tick, number, words[CycleWord.Done].Matches(parts[1]))
            : new Typed(Command.TickUsage);
    }

    private async Task<IReadOnlyList<Reply>> ShowAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken)
    {
        var (project, manages, problem) = await finder.FindAsync(input, user, cancellationToken);
        if (project is null)
        {
            return [problem!];
        }

        var (proposal, current, notice) = await approved.ReadSettledAsync(project, FaseId, input.User.ToPerson(), input.Now, input.Culture, cancellationToken);
        var card = Reply.Show(PhaseCard.Build(current, proposal?.Tally, manages, input.Culture));
        return notice is null ? [card] : [Reply.Say(notice), card];
    }

    private async Task<IReadOnlyList<Reply>> ProposeAsync(FlowInput input, UserConversation user, bool forward, CancellationToken cancellationToken)
    {
        var (project, problem) = await managed.FindAsync(input, user, cancellationToken);
        if (project is null)
        {
            return [problem!];
        }

        var culture = input.Culture;
        var target = forward ? PhaseRoute.Next(project.Phase, project.Round) : PhaseRoute.Previous(project.Phase, project.Round);
        if (target is not { } to)
        {
            return [Reply.Say(CycleText.Get(CycleKeys.NothingBefore, culture))];
        }

        // The whole werkgroep, as on every group decision: who votes, who advises, and which seats cannot be reached yet.
        var seats = DecisionContent.Seats(project);
        if (seats.Voters.Count == 0)
        {
            return [Reply.Say(ApprovalText.Get(ApprovalText.NoVoters, culture))];
        }

        // A new proposal replaces an open one: its version goes up, so agreements to the earlier proposal are outdated.
        var items = DecisionContent.PhaseMove(project, to.Phase, to.Round);
        var decision = await approvals.UpdateDecisionAsync(project.Key, GroupDecisionKind.Fase, d => d is null
            ? DecisionContent.NewDecision(project, GroupDecisionKind.Fase, items, seats, input.User.AadObjectId, input.Now)
            : d.WithContent(items, seats, input.Now) with { Closed = false, StartedBy = input.User.AadObjectId },
            DecisionContent.Fingerprint(project), new DecisionActor(input.User.AadObjectId, input.User.DisplayName), cancellationToken);
        if (decision is null)
        {
            return [Reply.Say(ApprovalText.Get(ApprovalText.NotFound, culture))];
        }

        await input.Working.ShowAsync(cancellationToken);
        var open = PhaseChecklist.Evaluate(project).Where(i => !i.Done).ToList();
        var said = open.Count == 0
            ? CycleText.Format(CycleKeys.ProposedAllDone, culture, FormationText.Name(to.Phase, culture))
            : CycleText.Format(CycleKeys.Proposed, culture, FormationText.Name(to.Phase, culture), open.Count,
                string.Join("\n", open.Select(i => "- " + FormationText.CheckName(i.Check, i.Subject, culture))));
        var card = await views.ViewAsync(decision, null, false, null, false, culture, cancellationToken);
        return [Reply.Say(said), .. await channelPost.PostAsync(project, input, card, ApprovalText.Get(ApprovalText.Title_Fase, culture), cancellationToken)];
    }

    private async Task<IReadOnlyList<Reply>> TickAsync(FlowInput input, UserConversation user, int number, bool done, CancellationToken cancellationToken)
    {
        var (project, problem) = await managed.FindAsync(input, user, cancellationToken);
        if (project is null)
        {
            return [problem!];
        }

        var culture = input.Culture;
        var items = PhaseChecklist.Evaluate(project);
        if (number < 1 || number > items.Count)
        {
            return [Reply.Say(CycleText.Get(CycleKeys.ItemUsage, culture))];
        }

        var item = items[number - 1];
        if (!item.Manual)
        {
            return [Reply.Say(CycleText.Format(CycleKeys.ItemNotManual, culture, FormationText.CheckName(item.Check, item.Subject, culture)))];
        }

        KvuProject saved;
        try
        {
            saved = await projects.UpdateAsync(project.Key, p => p.TickCheck(item.Check, done, input.User.ToPerson(), input.Now), cancellationToken) ?? project;
        }
        catch (FormationRuleException rule)
        {
            return [Reply.Say(FormationText.RuleMessage(rule.Code, culture))];
        }

        return
        [
            Reply.Say(CycleText.Format(done ? CycleKeys.ItemTicked : CycleKeys.ItemReopened, culture, FormationText.CheckName(item.Check, item.Subject, culture))),
            Reply.Show(PhaseCard.Build(saved, null, true, culture)),
        ];
    }

    private enum Command
    {
        Show,
        Next,
        Previous,
        Tick,
        TickUsage,
    }

    private sealed record Typed(Command What, int Number = 0, bool Done = false);
}
