namespace Kvu.Bot.Approvals;

/// <summary>
/// Verifies a project's audit trail as <see cref="AuditChain"/> sealed it: walks every chain (a member's responses
/// to one decision; the changes to one decision) by its numbering, checks each row against its seal and its link to
/// the row before, and checks each chain's head: a member's current-response row must be her chain's last row, a
/// decision row must carry its chain's last event and stand at that event's version and open/closed. A pure
/// function of what <see cref="ApprovalStore.ReadTrailAsync"/> read.
/// </summary>
public static class AuditTrailCheck
{
    public static AuditVerdict Verify(AuditTrail trail)
    {
        ArgumentNullException.ThrowIfNull(trail);
        var breaks = new List<AuditBreak>();
        byte[]? SaltOf(string aadObjectId) => trail.Salts.GetValueOrDefault(aadObjectId);

        var responseChains = Chains(trail.Entries, e => e.Seal, e => e.Response);
        var responseHeads = trail.Heads.Where(h => h.Seal is not null).ToDictionary(h => h.Seal!.Chain, StringComparer.Ordinal);
        foreach (var (chainId, rows) in responseChains)
        {
            var head = responseHeads.GetValueOrDefault(chainId);
            var broken = Walk(rows, (r, seal) => AuditChain.Holds(trail.ProjectId, r, seal, SaltOf(r.AadObjectId)))
                ?? HeadBreak(rows[^1], head is null ? null : (head.Response, head.Seal!), (a, b) => Same(a, b));
            breaks.AddRange(broken is { } b ? [new AuditBreak(b.Kind, b.Row)] : []);
        }

        var eventChains = Chains(trail.Events, e => e.Seal, e => e.Event);
        var decisionHeads = trail.Decisions.Where(d => d.LastEvent?.Seal is not null).ToDictionary(d => d.LastEvent!.Seal!.Chain, StringComparer.Ordinal);
        foreach (var (chainId, rows) in eventChains)
        {
            var head = decisionHeads.GetValueOrDefault(chainId);
            var broken = Walk(rows, (e, seal) => AuditChain.Holds(trail.ProjectId, e, seal, SaltOf(e.ByAadObjectId)))
                ?? HeadBreak(rows[^1], head is null ? null : (head.LastEvent!.Event, head.LastEvent.Seal!), (a, b) => a == b)
                ?? (head!.Decision.Version != rows[^1].Row.Version || head.Decision.Closed != rows[^1].Row.Closed
                    ? (AuditBreakKind.CurrentChanged, rows[^1].Row with { Version = head.Decision.Version, Closed = head.Decision.Closed, At = head.Decision.UpdatedAt })
                    : null);
            breaks.AddRange(broken is { } b ? [new AuditBreak(b.Kind, b.Row)] : []);
        }

        // A head whose chain has no row left: every row of it was removed, the latest with them.
        breaks.AddRange(responseHeads.Where(h => !responseChains.ContainsKey(h.Key)).Select(h => new AuditBreak(AuditBreakKind.MissingLast, h.Value.Response)));
        breaks.AddRange(decisionHeads.Where(h => !eventChains.ContainsKey(h.Key)).Select(h => new AuditBreak(AuditBreakKind.MissingLast, h.Value.LastEvent!.Event)));

        var sealedRows = responseChains.Values.Sum(c => c.Count) + eventChains.Values.Sum(c => c.Count);
        var fromBefore = trail.Entries.Count(e => e.Seal is null) + trail.Events.Count(e => e.Seal is null);
        return new AuditVerdict(sealedRows, fromBefore, breaks.MinBy(b => b.At), breaks.Count);
    }

    /// <summary>The sealed rows per chain, each chain in the order of its numbering.</summary>
    private static Dictionary<string, List<(T Row, AuditSeal Seal)>> Chains<TSealed, T>(IEnumerable<TSealed> rows, Func<TSealed, AuditSeal?> seal, Func<TSealed, T> row) =>
        rows.Where(r => seal(r) is not null)
            .GroupBy(r => seal(r)!.Chain, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => (row(r), seal(r)!)).OrderBy(r => r.Item2.Seq).ToList(), StringComparer.Ordinal);

    /// <returns>The chain's first broken row and how, or null when every row holds and links to the one before.</returns>
    private static (AuditBreakKind Kind, T Row)? Walk<T>(IReadOnlyList<(T Row, AuditSeal Seal)> rows, Func<T, AuditSeal, bool> holds)
    {
        (T Row, AuditSeal Seal)? before = null;
        foreach (var (row, seal) in rows)
        {
            if (!holds(row, seal))
            {
                return (AuditBreakKind.Changed, row);
            }

            var expected = (before?.Seal.Seq ?? 0) + 1;
            if (seal.Seq > expected)
            {
                return (AuditBreakKind.MissingBefore, row);
            }

            if (seal.Seq < expected || seal.Previous != (before?.Seal.Hash ?? string.Empty))
            {
                // Numbered right but not linked: the row before holds its content yet not the hash this row was
                // sealed after, so its hash was rewritten to match an edit (or this row was copied in).
                return (AuditBreakKind.Changed, seal.Seq < expected || before is null ? row : before.Value.Row);
            }

            before = (row, seal);
        }

        return null;
    }

    /// <returns>How the head differs from the chain's last row, or null when it is that row.</returns>
    private static (AuditBreakKind Kind, T Row)? HeadBreak<T>((T Row, AuditSeal Seal) last, (T Row, AuditSeal Seal)? head, Func<T, T, bool> same) =>
        head is not { } h ? (AuditBreakKind.CurrentMissing, last.Row)
        : h.Seal.Seq > last.Seal.Seq ? (AuditBreakKind.MissingLast, h.Row)
        : h.Seal == last.Seal && same(h.Row, last.Row) ? null
        : (AuditBreakKind.CurrentChanged, h.Row);

    // Field by field, with times compared as instants (the table may hand back another offset than was written).
    private static bool Same(ApprovalResponse a, ApprovalResponse b) =>
        a.DecisionId == b.DecisionId && a.Version == b.Version && a.AadObjectId == b.AadObjectId && a.DisplayName == b.DisplayName
        && a.Answer == b.Answer && a.Comment == b.Comment && a.At.UtcTicks == b.At.UtcTicks;
}
