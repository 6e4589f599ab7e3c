namespace Kvu.Bot.Approvals;

/// <summary>
/// Verifies a project's audit trail as <see cref="AuditChain"/> sealed it: walks every chain by its numbering,
/// checks each row against its seal and its link to the row before, and checks that each chain's head (the member's
/// current-response row) is its last row. A pure function of what <see cref="ApprovalStore.ReadTrailAsync"/> read.
/// </summary>
public static class AuditTrailCheck
{
    public static AuditVerdict Verify(AuditTrail trail)
    {
        ArgumentNullException.ThrowIfNull(trail);
        var breaks = new List<AuditBreak>();
        var chains = trail.Entries.Where(e => e.Seal is not null).GroupBy(e => e.Seal!.Chain, StringComparer.Ordinal).ToList();
        var heads = trail.Heads.Where(h => h.Seal is not null).ToLookup(h => h.Seal!.Chain, StringComparer.Ordinal);
        foreach (var chain in chains)
        {
            if (Walk(trail, [.. chain.OrderBy(e => e.Seal!.Seq)], heads[chain.Key].FirstOrDefault()) is { } broken)
            {
                breaks.Add(broken);
            }
        }

        // A head whose chain has no row left: every row of it was removed, the latest answer with them.
        var chainIds = chains.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        breaks.AddRange(trail.Heads.Where(h => h.Seal is not null && !chainIds.Contains(h.Seal.Chain)).Select(h => new AuditBreak(AuditBreakKind.MissingLast, h.Response)));

        var sealedRows = trail.Entries.Count(e => e.Seal is not null);
        return new AuditVerdict(sealedRows, trail.Entries.Count - sealedRows, breaks.MinBy(b => b.Row.At), breaks.Count);
    }

    /// <returns>The chain's first break, or null when it is whole.</returns>
    private static AuditBreak? Walk(AuditTrail trail, IReadOnlyList<SealedResponse> rows, SealedResponse? head)
    {
        SealedResponse? before = null;
        foreach (var row in rows)
        {
            var seal = row.Seal!;
            if (!AuditChain.Holds(trail.ProjectId, row.Response, seal, trail.Salts.GetValueOrDefault(row.Response.AadObjectId)))
            {
                return new AuditBreak(AuditBreakKind.Changed, row.Response);
            }

            var expected = (before?.Seal!.Seq ?? 0) + 1;
            if (seal.Seq > expected)
            {
                return new AuditBreak(AuditBreakKind.MissingBefore, row.Response);
            }

            if (seal.Seq < expected || seal.Previous != (before?.Seal!.Hash ?? string.Empty))
            {
                // Numbered right but not linked: the row before holds its content yet not the hash this row was
                // sealed after, so its hash was rewritten to match an edit (or this row was copied in).
                return new AuditBreak(AuditBreakKind.Changed, seal.Seq < expected || before is null ? row.Response : before.Response);
            }

            before = row;
        }

        var last = before!;
        if (head is null)
        {
            return new AuditBreak(AuditBreakKind.CurrentMissing, last.Response);
        }

        if (head.Seal!.Seq > last.Seal!.Seq)
        {
            return new AuditBreak(AuditBreakKind.MissingLast, head.Response);
        }

        return head.Seal == last.Seal && Same(head.Response, last.Response) ? null : new AuditBreak(AuditBreakKind.CurrentChanged, head.Response);
    }

    private static bool Same(ApprovalResponse a, ApprovalResponse b) =>
        a.DecisionId == b.DecisionId && a.Version == b.Version && a.AadObjectId == b.AadObjectId && a.DisplayName == b.DisplayName
        && a.Answer == b.Answer && a.Comment == b.Comment && a.At.UtcTicks == b.At.UtcTicks;
}
