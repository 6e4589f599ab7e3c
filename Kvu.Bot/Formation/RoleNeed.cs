namespace Kvu.Bot.Formation;

/// <summary>How strongly the KVU text asks for a role in the werkgroep.</summary>
public enum RoleNeed
{
    Required,
    Adviser,
    Recommended,
    Optional,
}
