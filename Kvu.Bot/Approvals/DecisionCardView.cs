namespace Kvu.Bot.Approvals;

/// <summary>
/// Everything one person's view of a group decision card shows. <paramref name="Viewer"/> null is the card as
/// posted in the channel, before Teams asks for anyone's own view.
/// </summary>
public sealed record DecisionCardView(
    DecisionTally Tally,
    IReadOnlyList<DecisionLine> Lines,
    string? Viewer,
    bool ViewerManages,
    string? Notice = null,
    IReadOnlyList<ApprovalResponse>? Audit = null)
{
    public GroupDecision Decision => Tally.Decision;

    public ApprovalResponse? ViewerResponse => Viewer is null ? null : Tally.ResponseOf(Viewer);
}
