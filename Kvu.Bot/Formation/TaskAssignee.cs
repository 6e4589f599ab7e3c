namespace Kvu.Bot.Formation;

/// <summary>
/// Person is set exactly when Kind is Other. Projectleider and Secretaris follow whoever holds that role,
/// so reassigning the role does not leave tasks with the previous person.
/// </summary>
public sealed record TaskAssignee(TaskAssigneeKind Kind, PersonRef? Person)
{
    public static TaskAssignee Projectleider { get; } = new(TaskAssigneeKind.Projectleider, null);

    public static TaskAssignee Secretaris { get; } = new(TaskAssigneeKind.Secretaris, null);

    public static TaskAssignee Other(PersonRef person) => new(TaskAssigneeKind.Other, person);
}
