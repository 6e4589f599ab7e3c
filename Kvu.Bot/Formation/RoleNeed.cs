namespace Kvu.Bot.Formation;

// How strongly the KVU text asks for a role in the werkgroep.
public enum RoleNeed
{
    Required,
    Adviser,
    Recommended,
    Optional,
}
