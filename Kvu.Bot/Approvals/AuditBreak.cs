namespace Kvu.Bot.Approvals;

/// <summary>Where the audit trail is broken: how, and the row that shows it (who, which decision, when).</summary>
public sealed record AuditBreak(AuditBreakKind Kind, ApprovalResponse Row);
