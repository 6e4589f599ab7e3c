namespace Kvu.Bot.Approvals;

/// <summary>
/// Everything one person's view of a group decision card shows. <paramref name="Viewer"/> null is the card as
/// posted in the channel, before Teams asks for anyone's own view. <paramref name="NoticeIsProblem"/>: the notice says why
/// nothing happened (shown as a warning); otherwise it reports what the click did (shown as done).
/// </summary>
public sealed record DecisionCardView(
    DecisionTally Tally,
    IReadOnlyList<DecisionLine> Lines,
    string? Viewer,
    bool ViewerManages,
    string? Notice = null,
    IReadOnlyList<ApprovalResponse>? Audit = null,
    bool NoticeIsProblem = true)
{
    public GroupDecision Decision => Tally.Decision;

    public ApprovalResponse? ViewerResponse => Viewer is null ? null : Tally.ResponseOf(Viewer);
}
