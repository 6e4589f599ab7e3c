namespace Kvu.Bot.Formation;

/// <summary>A source of the analysis: who delivers it, by when, and when it was received.</summary>
public sealed record AnalysisSource(SourceKind Kind, string? DeliveredBy, DateOnly? Due, DateOnly? ReceivedOn);
