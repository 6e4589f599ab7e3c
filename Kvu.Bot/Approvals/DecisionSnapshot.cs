namespace Kvu.Bot.Approvals;

/// <summary>
/// A group decision with every member's current response, as <see cref="ApprovalStore.ReadAsync"/> read them in one
/// query, with the ETags (and chain heads) a write based on this reading must carry, so a write never overwrites
/// what it did not see; and what else of the partition the query read: the werkgroep stamp and personal salts.
/// </summary>
public sealed class DecisionSnapshot
{
    private readonly IReadOnlyDictionary<string, (ETag ETag, AuditSeal? Head)> _rows;
    private readonly IReadOnlyDictionary<string, byte[]> _salts;
    private DecisionTally? _tally;

    internal DecisionSnapshot(
        GroupDecision decision,
        ETag decisionETag,
        string? inLineWith,
        SealedEvent? lastEvent,
        IReadOnlyList<ApprovalResponse> responses,
        IReadOnlyDictionary<string, (ETag ETag, AuditSeal? Head)> rows,
        WerkgroepStamp? stamp,
        ETag? stampETag,
        string? person,
        IReadOnlyDictionary<string, byte[]> salts)
    {
        Decision = decision;
        DecisionETag = decisionETag;
        InLineWith = inLineWith;
        LastEvent = lastEvent;
        Responses = responses;
        _rows = rows;
        Stamp = stamp;
        StampETag = stampETag;
        Person = person;
        _salts = salts;
    }

    public GroupDecision Decision { get; }

    /// <summary>Every member's current response, whatever version it was given to.</summary>
    public IReadOnlyList<ApprovalResponse> Responses { get; }

    /// <summary>Who must respond and who still has to.</summary>
    public DecisionTally Tally => _tally ??= new DecisionTally(Decision, Responses);

    /// <summary>The werkgroep stamp of the project as read with the decision; null when there is none.</summary>
    public WerkgroepStamp? Stamp { get; }

    internal ETag? StampETag { get; }

    /// <summary>Whose salt the reading asked for (the clicker's), so that reading again asks for it too.</summary>
    internal string? Person { get; }

    internal ETag DecisionETag { get; }

    /// <summary>The werkgroep fingerprint the decision was last brought in line with; null when not known.</summary>
    public string? InLineWith { get; }

    /// <summary>The decision's last event in the audit trail (the head of its chain); null when there is none yet.</summary>
    internal SealedEvent? LastEvent { get; }

    /// <summary>The member's current response, or null when she has not responded.</summary>
    public ApprovalResponse? ResponseOf(string aadObjectId) => Tally.ResponseOf(aadObjectId);

    /// <summary>The ETag of the member's response row as read; null when there was none or it changed since.</summary>
    internal ETag? ETagOf(string aadObjectId) => _rows.TryGetValue(Key(aadObjectId), out var row) ? row.ETag : null;

    /// <summary>The head of the member's audit chain on this decision as read; null when she has none (yet, or from before chains).</summary>
    internal AuditSeal? HeadOf(string aadObjectId) => _rows.TryGetValue(Key(aadObjectId), out var row) ? row.Head : null;

    /// <summary>The person's salt, if the reading asked for it and she has one.</summary>
    internal byte[]? SaltOf(string aadObjectId) => _salts.GetValueOrDefault(Key(aadObjectId));

    /// <summary>The same reading with the decision as just saved.</summary>
    internal DecisionSnapshot With(GroupDecision decision, ETag decisionETag, string? inLineWith, SealedEvent? lastEvent) =>
        new(decision, decisionETag, inLineWith, lastEvent, Responses, _rows, Stamp, StampETag, Person, _salts);

    /// <summary>
    /// The reading with <paramref name="response"/> as its member's current answer: what she sees right after her
    /// click, without reading every response again. (The row's new ETag is not known: a later write
    /// through this reading reads the row first.)
    /// </summary>
    public DecisionSnapshot With(ApprovalResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var responses = Responses.Where(r => !string.Equals(r.AadObjectId, response.AadObjectId, StringComparison.OrdinalIgnoreCase)).Append(response).ToList();
        var rows = _rows.Where(e => e.Key != Key(response.AadObjectId)).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        return new DecisionSnapshot(Decision, DecisionETag, InLineWith, LastEvent, responses, rows, Stamp, StampETag, Person, _salts);
    }

    internal static string Key(string aadObjectId) => aadObjectId.ToLowerInvariant();
}
