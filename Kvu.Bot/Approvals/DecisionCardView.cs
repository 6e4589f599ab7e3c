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
    public IReadOnlyList<ApprovalResponse> Current
    {
        get
        {
            // Sets, not a search per response: a card of 60 members is built once per click, 60 clicks at a time.
            var voters = Decision.Voters.Select(v => v.AadObjectId).ToHashSet(StringComparer.OrdinalIgnoreCase);
            return [.. Responses.Where(r => r.Version == Decision.Version && voters.Contains(r.AadObjectId))];
        }
    }

    public IReadOnlyList<Voter> Pending
    {
        get
        {
            var responded = Current.Select(r => r.AadObjectId).ToHashSet(StringComparer.OrdinalIgnoreCase);
            return [.. Decision.Voters.Where(v => !responded.Contains(v.AadObjectId))];
        }
    }

    public ApprovalResponse? ViewerResponse =>
        Viewer is null ? null : Responses.FirstOrDefault(r => string.Equals(r.AadObjectId, Viewer, StringComparison.OrdinalIgnoreCase));
}
