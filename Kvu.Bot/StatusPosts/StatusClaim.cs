namespace Kvu.Bot.StatusPosts;

/// <summary>
/// The right to post one project's status for one week. Taken with an ETag, so of several instances exactly one
/// wins; it holds a lease, so a claim whose holder crashed between claiming and posting expires and is re-taken.
/// Attempts counts the takes, so a post that keeps failing stops after StatusPostOptions.MaxAttempts.
/// </summary>
public sealed record StatusClaim(
    string TenantId,
    string ProjectId,
    string WeekKey,
    DateTimeOffset DueAt,
    StatusClaimState State,
    string Owner,
    DateTimeOffset ClaimedAt,
    DateTimeOffset LeaseUntil,
    int Attempts,
    string? Outcome,
    ETag ETag)
{
    /// <summary>When Teams accepted the post (State Posted): where the next week's post starts its period.</summary>
    public DateTimeOffset? PostedAt { get; init; }

    public bool IsFinal => State is StatusClaimState.Posted or StatusClaimState.Abandoned;

    public bool IsHeld(DateTimeOffset now) => State == StatusClaimState.Claimed && LeaseUntil > now;
}
