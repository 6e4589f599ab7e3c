using Kvu.Bot.Approvals;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Cycle;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Plan;

/// <summary>
/// The plan van aanpak as a whole: <c>plan</c> shows the plan card to everyone in the werkgroep; the projectleider puts
/// it to the werkgroep (<c>voorleggen plan</c>, or the card's button) as a group decision in its channel, with what is
/// still missing named, and <see cref="PlanSettler"/> records its adoption once everyone asked agreed.
/// </summary>
public sealed class PlanConversation(
    CycleProjects finder,
    ManagedProjects managed,
    MeasureStore measures,
    ApprovedDecisions approved,
    DecisionViews views,
    WerkgroepChannelPost channelPost,
    PlanDecision plan) : IMessageFeature
{
    public IReadOnlyCollection<string> Verbs { get; } = [PlanVerbs.Show, PlanVerbs.Propose];

    public MessageRank? Rank(FlowInput input, UserConversation user) => Parse(input) is null ? null : MessageRank.Command;

    public async Task<IReadOnlyList<Reply>?> HandleAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken) => Parse(input) switch
    {
        PlanWord.Plan => await ShowAsync(input, user, cancellationToken),
        PlanWord.ProposePlan => await ProposeAsync(input, user, cancellationToken),
        _ => null,
    };

    private static PlanWord? Parse(FlowInput input) => input.Verb switch
    {
        PlanVerbs.Show => PlanWord.Plan,
        PlanVerbs.Propose => PlanWord.ProposePlan,
        _ => input.TypedText is not { } text ? null
            : PlanText.Words[PlanWord.Plan].Matches(text) ? PlanWord.Plan
            : PlanText.Words[PlanWord.ProposePlan].Matches(text) ? PlanWord.ProposePlan
            : null,
    };

    private async Task<IReadOnlyList<Reply>> ShowAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken)
    {
        var (project, manages, problem) = await finder.FindAsync(input, user, cancellationToken);
        if (project is null)
        {
            return [problem!];
        }

        // The measures and the decision are in two tables: read at once.
        var measuresRead = measures.ListAsync(project, cancellationToken);
        var (decision, current, notice) = await approved.ReadSettledAsync(project, PlanDecision.Id, input.User.ToPerson(), input.Now, input.Culture, cancellationToken);
        var card = Reply.Show(PlanCard.Build(current, await measuresRead, decision?.Tally, manages, input.Culture));
        return notice is null ? [card] : [Reply.Say(notice), card];
    }

    private async Task<IReadOnlyList<Reply>> ProposeAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken)
    {
        var (project, problem) = await managed.FindAsync(input, user, cancellationToken);
        if (project is null)
        {
            return [problem!];
        }

        var culture = input.Culture;
        if (DecisionContent.Seats(project).Voters.Count == 0)
        {
            return [Reply.Say(ApprovalText.Get(ApprovalText.NoVoters, culture))];
        }

        var decision = await plan.ProposeAsync(project, new DecisionActor(input.User.AadObjectId, input.User.DisplayName), input.Now, cancellationToken);
        if (decision is null)
        {
            return [Reply.Say(ApprovalText.Get(ApprovalText.NotFound, culture))];
        }

        await input.Working.ShowAsync(cancellationToken);
        var missing = PlanCard.Missing(project, await measures.ListAsync(project, cancellationToken), culture);
        var said = missing.Count == 0
            ? PlanText.Format(PlanKeys.PlanProposedComplete, culture, decision.Version)
            : PlanText.Format(PlanKeys.PlanProposed, culture, decision.Version, "\n" + string.Join("\n", missing.Select(m => "- " + m)));
        var card = await views.ViewAsync(decision, null, false, null, false, culture, cancellationToken);
        return [Reply.Say(said), .. await channelPost.PostAsync(project, input, card, ApprovalText.Get($"Title_{GroupDecisionKind.Plan}", culture), cancellationToken)];
    }
}
