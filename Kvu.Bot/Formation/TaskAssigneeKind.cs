namespace Kvu.Bot.Formation;

public enum TaskAssigneeKind
{
    Projectleider,
    Secretaris,
    Other,
}
