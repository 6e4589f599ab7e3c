namespace Kvu.Bot.Approvals;

/// <summary>
/// A project's audit trail as stored, for <see cref="AuditTrailCheck"/>: every audit row, every member's
/// current-response row (the heads of the members' chains), every decision (the head of its own chain), every
/// decision event and every person's salt, keyed by AAD object id.
/// </summary>
public sealed record AuditTrail(
    string ProjectId,
    IReadOnlyList<SealedResponse> Entries,
    IReadOnlyList<SealedResponse> Heads,
    IReadOnlyList<DecisionHead> Decisions,
    IReadOnlyList<SealedEvent> Events,
    IReadOnlyDictionary<string, byte[]> Salts);
