namespace Kvu.Bot.Formation;

/// <summary>Order matters: FormationChecks sorts on it, most urgent first.</summary>
public enum Severity
{
    Critical,
    Warning,
    Advice,
}
