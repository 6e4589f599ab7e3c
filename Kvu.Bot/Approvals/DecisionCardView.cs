namespace Kvu.Bot.Approvals;

/// <summary>
/// Everything one person's view of a group decision card shows. <paramref name="Viewer"/> null is the card as
/// posted in the channel, before Teams asks for anyone's own view.
/// </summary>
public sealed record DecisionCardView(
    GroupDecision Decision,
    IReadOnlyList<DecisionLine> Lines,
    IReadOnlyList<ApprovalResponse> Responses,
    string? Viewer,
    bool ViewerManages,
    string? Notice = null,
    IReadOnlyList<ApprovalResponse>? Audit = null)
{
    /// <summary>Responses to the current version from members who are still asked; older ones are outdated.</summary>
    public IReadOnlyList<ApprovalResponse> Current =>
        [.. Responses.Where(r => r.Version == Decision.Version && Decision.IsVoter(r.AadObjectId))];

    public IReadOnlyList<Voter> Pending =>
        [.. Decision.Voters.Where(v => !Current.Any(r => string.Equals(r.AadObjectId, v.AadObjectId, StringComparison.OrdinalIgnoreCase)))];

    public ApprovalResponse? ViewerResponse =>
        Viewer is null ? null : Responses.FirstOrDefault(r => string.Equals(r.AadObjectId, Viewer, StringComparison.OrdinalIgnoreCase));
}
