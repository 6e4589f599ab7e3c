namespace Kvu.Bot.Formation;

// Order matters: FormationChecks sorts on it, most urgent first.
public enum Severity
{
    Critical,
    Warning,
    Advice,
}
