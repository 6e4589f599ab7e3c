namespace Kvu.Bot.Approvals;

/// <summary>An audit or current-response row as stored: the response and its seal (null for a row from before audit chains).</summary>
public sealed record SealedResponse(ApprovalResponse Response, AuditSeal? Seal);
