namespace Kvu.Bot.Formation;

// What Subject holds depends on Kind: see OpenPointKind.
public sealed record OpenPoint(OpenPointKind Kind, string Subject, Severity Severity);
