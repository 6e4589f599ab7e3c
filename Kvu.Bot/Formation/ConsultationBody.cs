namespace Kvu.Bot.Formation;

// An existing uitgaansoverleg; identified by its name (case-insensitive) within a project.
public sealed record ConsultationBody(string Name, ConsultationBodyFate Fate);
