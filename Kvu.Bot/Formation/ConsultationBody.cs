namespace Kvu.Bot.Formation;

/// <summary>An existing uitgaansoverleg; identified by its name (case-insensitive) within a project.</summary>
public sealed record ConsultationBody(string Name, ConsultationBodyFate Fate);
