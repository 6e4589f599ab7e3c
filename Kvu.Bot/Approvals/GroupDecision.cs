namespace Kvu.Bot.Approvals;

/// <summary>
/// One thing the werkgroep approves, as it stands now. <see cref="Version"/> goes up whenever <see cref="Items"/>
/// or <see cref="Voters"/> change, and responses are kept per version: a response to an older version is
/// outdated and the member is asked again.
/// </summary>
public sealed record GroupDecision
{
    public required string ProjectId { get; init; }

    public required string TenantId { get; init; }

    public required GroupDecisionKind Kind { get; init; }

    /// <summary>The project's name as members read it on the card ("Zwolle – Binnenstad").</summary>
    public required string ProjectName { get; init; }

    public int Version { get; init; } = 1;

    /// <summary>The lines members approve: seats, terms ("term: definition") or the problem statement.</summary>
    public IReadOnlyList<string> Items { get; init; } = [];

    public IReadOnlyList<Voter> Voters { get; init; } = [];

    /// <summary>Who sees the card and may comment without being counted (the KHN regioadviseur).</summary>
    public IReadOnlyList<Voter> Advisers { get; init; } = [];

    /// <summary>Voting seats whose holder the bot cannot reach yet: they should answer, and cannot.</summary>
    public IReadOnlyList<AbsentSeat> Unreachable { get; init; } = [];

    public bool Closed { get; init; }

    public required string StartedBy { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public string Id => IdFor(Kind);

    public static string IdFor(GroupDecisionKind kind) => kind.ToString().ToLowerInvariant();

    public bool IsVoter(string aadObjectId) => FindVoter(aadObjectId) is not null;

    public Voter? FindVoter(string aadObjectId) =>
        Voters.FirstOrDefault(v => string.Equals(v.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase));

    public Voter? FindAdviser(string aadObjectId) =>
        Advisers.FirstOrDefault(v => string.Equals(v.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// <see cref="WithContent(IReadOnlyList{string}, IReadOnlyList{Voter}, DateTimeOffset)"/> with the advisers and
    /// the unreachable seats as the project has them now; those alone change who is named, not what is approved,
    /// so they keep the version.
    /// </summary>
    public GroupDecision WithContent(IReadOnlyList<string> items, DecisionSeats seats, DateTimeOffset at)
    {
        var next = WithContent(items, seats.Voters, at);
        return next.Advisers.SequenceEqual(seats.Advisers) && next.Unreachable.SequenceEqual(seats.Unreachable)
            ? next
            : next with { Advisers = seats.Advisers, Unreachable = seats.Unreachable, UpdatedAt = at };
    }

    /// <summary>
    /// The same decision with new content. Unchanged content keeps the version, so re-posting or a refresh never
    /// makes approvals outdated; any change to what is approved, or to who approves it, raises it.
    /// </summary>
    public GroupDecision WithContent(IReadOnlyList<string> items, IReadOnlyList<Voter> voters, DateTimeOffset at) =>
        items.SequenceEqual(Items) && voters.Select(v => v.AadObjectId).SequenceEqual(Voters.Select(v => v.AadObjectId))
            ? this
            : this with { Items = items, Voters = voters, Version = Version + 1, UpdatedAt = at };
}
