using System.Security.Cryptography;

namespace Kvu.Bot.Approvals;

/// <summary>
/// Makes the logboek (the audit trail of responses to group decisions and invitations) tamper-evident: a row
/// changed or removed in storage is found by <see cref="AuditTrailCheck"/> and named.
///
/// <para><b>Chains per (decision, member), not one chain per project.</b> Every audit row carries a hash over its
/// content and the hash of the row before it in its chain. One chain for the whole project would make every click
/// read the project's last hash and write it back under its ETag, so the 60 members who click one card at the same
/// moment would queue on one entity (and a click would cost a third request). Instead each member has a chain per
/// decision, and its head (the latest row's seal) sits on her current-response row <c>r|{decision}|{aad}</c>, which a
/// click already reads and rewrites under its ETag: the new audit row links to that head and both are written in
/// one transaction. Two clicks of the same member race on that row's ETag, so her chain stays a line; clicks of
/// different members never touch the same entity. The verifier walks every chain by <see cref="AuditSeal.Seq"/>
/// (not by time or RowKey), checks each row's hash and its link to the row before, and checks that the head on the
/// current-response row is the chain's last row with the same content: a row removed from the middle or the start
/// breaks a link or the numbering, the last row removed leaves the head pointing at nothing, and the current answer
/// (what the card counts) cannot be changed without the trail showing it. Changes to a decision as a whole (put to
/// the werkgroep, a new version, closed, reopened) chain the same way on the decision: event rows
/// <c>e|{decision}|{seq}</c>, the head (the last event with its seal) on the decision row <c>d|{decision}</c>, both
/// written in one transaction under the decision's ETag, and the verifier checks that the decision stands at the
/// version and open/closed of its last event. A click still costs one query and one transaction.</para>
///
/// <para><b>Personal data and erasure (AVG).</b> The row hash covers the non-personal fields (project, decision,
/// chain, place, version, answer, time, previous hash) and a keyed digest of the personal ones:
/// <c>PersonalDigest = HMAC-SHA256(salt, AadObjectId, DisplayName, Comment)</c>, with a random 32-byte salt per person
/// per project, stored in the project's partition (row <c>k|{aad}</c>, written in the transaction of that person's
/// first audit row). The digest is stored on the row. A decision event's personal fields are who made the change
/// (<c>ByAadObjectId</c>, <c>ByName</c>; none when the bot brought the decision in line with a changed werkgroep).
/// To erase a person, replace her personal fields on every audit and current-response row (DisplayName
/// <see cref="ErasedPerson"/>; AadObjectId an id made from it that is unique in the decision and says nothing about her,
/// such as "verwijderd lid m3" for her seat, so that the tally still counts her answer; Comment removed), every event row (ByAadObjectId, ByName) and every decision row's
/// last event (EventByAadObjectId, EventByName), and delete her salt row; leave <c>PersonalDigest</c>, <c>Hash</c>,
/// <c>Previous</c>, <c>Chain</c> and <c>Seq</c> (on the decision row with the prefix <c>Event</c>) as they are.
/// The verifier then accepts the stored digest of a row whose personal fields are the placeholder (it can no longer
/// check them, and without the salt nobody can test a guessed name or id against the digest), and still checks the
/// hash, so answers, versions, times and the links stay protected. RowKeys are not hashed: erasure may move the
/// rows to keys without the AAD object id. A row whose salt is missing but whose personal fields are not erased
/// counts as changed. When another member's comment names the erased person, her names in it are replaced too
/// and that row and the rows after it in its chain are sealed again (<see cref="Reseal"/>): the chain then holds, with
/// answers, versions and times as they were.</para>
///
/// <para><b>What it does not do.</b> The hashes are not secret: someone with write access to the storage account who
/// recomputes a chain's hashes and its head can rewrite that chain unseen, and removing everything of one person on
/// one decision (rows, head and salt) leaves no gap in anyone else's chain. It catches edits made by hand (Storage
/// Explorer, a script that changes a field), which is what the projectleider's check is for; anchoring chain heads
/// outside the account, or a key in Key Vault for the row hash, would be the next step. Rows written before chains
/// existed carry no seal and are reported as such, never as tampering; a member's next answer starts a chain.</para>
/// </summary>
public static class AuditChain
{
    /// <summary>What erasure writes in place of a person's name (her AAD object id becomes an id made from it, see Storage's ErasedPerson).</summary>
    public const string ErasedPerson = Storage.PersonalData.ErasedPerson.Name;

    private const string Scheme = "kvu-audit-1";

    public static byte[] NewSalt() => RandomNumberGenerator.GetBytes(32);

    /// <summary>The seal of <paramref name="response"/> as the row after <paramref name="head"/> (null: a new chain).</summary>
    public static AuditSeal Next(string projectId, ApprovalResponse response, AuditSeal? head, byte[] salt) =>
        Next(projectId, Facts.Of(response), head, salt);

    /// <summary>The seal of <paramref name="change"/> as the row after <paramref name="head"/>; no salt for a change nobody in particular made.</summary>
    public static AuditSeal Next(string projectId, DecisionEvent change, AuditSeal? head, byte[]? salt) =>
        Next(projectId, Facts.Of(change), head, salt);

    /// <summary>
    /// The seal of a row whose content erasure had to change although it is not the erased person's (another member's
    /// comment that names her), or that follows such a row in its chain: same chain and place, linked to
    /// <paramref name="previous"/> (the re-sealed row before it), its personal digest recomputed under its owner's
    /// <paramref name="salt"/>, or kept as it was for a row whose owner was erased before (no salt any more).
    /// </summary>
    public static AuditSeal Reseal(string projectId, ApprovalResponse response, AuditSeal seal, string previous, byte[]? salt)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(seal);
        var facts = Facts.Of(response);
        var digest = salt is null ? seal.PersonalDigest : PersonalDigest(salt, facts);
        return seal with { Previous = previous, PersonalDigest = digest, Hash = Hash(projectId, facts, seal.Chain, seal.Seq, previous, digest) };
    }

    /// <summary>
    /// True when <paramref name="response"/> still is what <paramref name="seal"/> sealed: its hash matches, and its
    /// personal fields match the digest under the person's <paramref name="salt"/>, or are erased.
    /// </summary>
    public static bool Holds(string projectId, ApprovalResponse response, AuditSeal seal, byte[]? salt) =>
        Holds(projectId, Facts.Of(response), seal, salt);

    /// <summary>As the other overload, for a decision event.</summary>
    public static bool Holds(string projectId, DecisionEvent change, AuditSeal seal, byte[]? salt) =>
        Holds(projectId, Facts.Of(change), seal, salt);

    /// <summary>True when erasure replaced the person's fields (see the type's comment).</summary>
    public static bool IsErased(ApprovalResponse response) =>
        Storage.PersonalData.ErasedPerson.IsId(response.AadObjectId) && response.DisplayName == ErasedPerson && response.Comment is null;

    /// <summary>True when erasure replaced the person's fields of a decision event.</summary>
    public static bool IsErased(DecisionEvent change) => Storage.PersonalData.ErasedPerson.IsId(change.ByAadObjectId) && change.ByName == ErasedPerson;

    private static AuditSeal Next(string projectId, Facts facts, AuditSeal? head, byte[]? salt)
    {
        var chain = head?.Chain ?? Guid.NewGuid().ToString("N");
        var seq = (head?.Seq ?? 0) + 1;
        var previous = head?.Hash ?? string.Empty;
        var digest = PersonalDigest(salt, facts);
        return new AuditSeal(chain, seq, previous, digest, Hash(projectId, facts, chain, seq, previous, digest));
    }

    private static bool Holds(string projectId, Facts facts, AuditSeal seal, byte[]? salt)
    {
        ArgumentNullException.ThrowIfNull(seal);
        var personal = facts.Erased
            || (facts.Personal.Length == 0 ? seal.PersonalDigest.Length == 0 : salt is not null && FixedTimeEquals(PersonalDigest(salt, facts), seal.PersonalDigest));
        return personal && FixedTimeEquals(Hash(projectId, facts, seal.Chain, seal.Seq, seal.Previous, seal.PersonalDigest), seal.Hash);
    }

    /// <summary>HMAC of the personal fields under the person's salt; empty for a row without personal fields.</summary>
    private static string PersonalDigest(byte[]? salt, Facts facts)
    {
        if (facts.Personal.Length == 0)
        {
            return string.Empty;
        }

        ArgumentNullException.ThrowIfNull(salt);
        using var hmac = new HMACSHA256(salt);
        return Convert.ToBase64String(hmac.ComputeHash(Canonical(facts.Personal)));
    }

    private static string Hash(string projectId, Facts facts, string chain, int seq, string previous, string personalDigest) =>
        Convert.ToBase64String(SHA256.HashData(Canonical([Scheme, projectId, chain, seq.ToString(CultureInfo.InvariantCulture), previous, personalDigest, .. facts.Fields])));

    /// <summary>Each field as its UTF-8 length and bytes: no separator a name or comment could contain makes two rows hash alike.</summary>
    private static byte[] Canonical(IReadOnlyList<string> fields)
    {
        using var buffer = new MemoryStream();
        Span<byte> length = stackalloc byte[4];
        foreach (var field in fields)
        {
            var bytes = Encoding.UTF8.GetBytes(field);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
            buffer.Write(length);
            buffer.Write(bytes);
        }

        return buffer.ToArray();
    }

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));

    /// <summary>What a row's hash covers: its non-personal fields (the first says what kind of row it is) and its personal ones.</summary>
    private sealed record Facts(string[] Fields, string[] Personal, bool Erased)
    {
        public static Facts Of(ApprovalResponse r) => new(
            ["response", r.DecisionId, Number(r.Version), r.Answer.ToString(), Number(r.At.UtcTicks)],
            [r.AadObjectId, r.DisplayName, r.Comment is null ? "-" : "+" + r.Comment], // "-" none, "+text": no comment and an empty one differ
            IsErased(r));

        public static Facts Of(DecisionEvent e) => new(
            ["decision", e.DecisionId, e.Kind.ToString(), Number(e.Version), e.Closed ? "closed" : "open", Number(e.At.UtcTicks)],
            e.BySystem ? [] : [e.ByAadObjectId, e.ByName],
            IsErased(e));

        private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
