namespace Kvu.Bot.Formation;

/// <summary>What Subject holds depends on Kind: see OpenPointKind.</summary>
public sealed record OpenPoint(OpenPointKind Kind, string Subject, Severity Severity);
