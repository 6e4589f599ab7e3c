namespace Kvu.Bot.Approvals;

/// <summary>A decision event as stored: the event and its seal (null for a decision changed before audit chains existed).</summary>
public sealed record SealedEvent(DecisionEvent Event, AuditSeal? Seal);
