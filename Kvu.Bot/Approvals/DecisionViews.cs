namespace Kvu.Bot.Approvals;

/// <summary>Reads what one person's view of a group decision needs (responses, audit trail) and builds the card.</summary>
public sealed class DecisionViews(ApprovalStore approvals)
{
    /// <summary>The card of <paramref name="decision"/> as <paramref name="viewer"/> sees it (null: as posted).</summary>
    public async Task<JsonObject> ViewAsync(GroupDecision decision, string? viewer, bool manages, string? notice, bool showAudit, CultureInfo culture, CancellationToken cancellationToken)
    {
        var responsesTask = approvals.ListResponsesAsync(decision.ProjectId, decision.Id, cancellationToken);
        var auditTask = AuditAsync(decision, showAudit, cancellationToken);
        return Build(new DecisionTally(decision, await responsesTask), viewer, manages, notice, await auditTask, culture);
    }

    /// <summary>As the other overload, with the responses of a reading the caller already holds: no storage request but the audit trail's.</summary>
    /// <param name="noticeIsProblem">The notice says why nothing happened (a warning), not what the click did.</param>
    public async Task<JsonObject> ViewAsync(DecisionSnapshot snapshot, string? viewer, bool manages, string? notice, bool noticeIsProblem, bool showAudit, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Build(snapshot.Tally, viewer, manages, notice, await AuditAsync(snapshot.Decision, showAudit, cancellationToken), culture, noticeIsProblem);
    }

    /// <summary>The card as <paramref name="viewer"/> sees it, from responses the caller already read (no audit trail): no storage request.</summary>
    public static JsonObject View(DecisionTally tally, string? viewer, bool manages, CultureInfo culture) =>
        Build(tally, viewer, manages, notice: null, audit: null, culture);

    private async Task<IReadOnlyList<ApprovalResponse>?> AuditAsync(GroupDecision decision, bool showAudit, CancellationToken cancellationToken) =>
        showAudit ? await approvals.ListAuditAsync(decision.ProjectId, decision.Id, cancellationToken) : null;

    private static JsonObject Build(DecisionTally tally, string? viewer, bool manages, string? notice, IReadOnlyList<ApprovalResponse>? audit, CultureInfo culture, bool noticeIsProblem = true) =>
        GroupDecisionCard.Build(new DecisionCardView(tally, DecisionContent.Lines(tally.Decision, culture), viewer, manages, notice, audit, noticeIsProblem), culture);
}
