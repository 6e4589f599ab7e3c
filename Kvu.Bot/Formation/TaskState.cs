namespace Kvu.Bot.Formation;

public sealed record TaskState(ProjectleiderTask Task, bool Done, DateTimeOffset? DoneAt, TaskAssignee AssignedTo);
