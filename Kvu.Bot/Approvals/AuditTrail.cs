namespace Kvu.Bot.Approvals;

/// <summary>
/// A project's audit trail as stored, for <see cref="AuditTrailCheck"/>: every audit row, every member's
/// current-response row (the heads of the chains) and every person's salt, keyed by AAD object id.
/// </summary>
public sealed record AuditTrail(
    string ProjectId,
    IReadOnlyList<SealedResponse> Entries,
    IReadOnlyList<SealedResponse> Heads,
    IReadOnlyDictionary<string, byte[]> Salts);
