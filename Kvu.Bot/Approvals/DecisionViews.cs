using System.Globalization;
using System.Text.Json.Nodes;

namespace Kvu.Bot.Approvals;

/// <summary>Reads what one person's view of a group decision needs (responses, audit trail) and builds the card.</summary>
public sealed class DecisionViews(ApprovalStore approvals)
{
    /// <summary>The card of <paramref name="decision"/> as <paramref name="viewer"/> sees it (null: as posted).</summary>
    public async Task<JsonObject> ViewAsync(GroupDecision decision, string? viewer, bool manages, string? notice, bool showAudit, CultureInfo culture, CancellationToken cancellationToken)
    {
        var responsesTask = approvals.ListResponsesAsync(decision.ProjectId, decision.Id, cancellationToken);
        var auditTask = showAudit ? approvals.ListAuditAsync(decision.ProjectId, decision.Id, cancellationToken) : Task.FromResult<IReadOnlyList<ApprovalResponse>>([]);
        var view = new DecisionCardView(decision, DecisionContent.Lines(decision, culture), await responsesTask, viewer, manages, notice, showAudit ? await auditTask : null);
        return GroupDecisionCard.Build(view, culture);
    }
}
