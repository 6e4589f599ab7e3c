using static Kvu.Bot.Formation.Cards.CardParts;

namespace Kvu.Bot.Formation.Cards;

/// <summary>
/// The projectleider's eight tasks from the KVU text as a checklist: "Afhankelijk van de afspraken binnen de
/// werkgroep zijn de taken van de projectleider onder andere: ...". The werkgroep may agree that the
/// projectsecretaris carries a task, hence the buttons to hand a task over and back.
/// </summary>
public static class TasksCard
{
    public static JsonObject Build(KvuProject project, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(culture);
        var done = project.Tasks.Count(t => t.Done);

        // Numbered as "taak 3 klaar" counts them, so the number can be read off the card.
        return Checklist(
            project,
            CardText.Get(CardText.TasksTitle, culture),
            CardText.Format(CardText.TasksIntro, culture, done, project.Tasks.Count),
            project.Tasks.Select((task, i) => TaskRow(project, i + 1, task, culture)),
            (CardText.Get(CardText.ButtonFactors, culture), FormationCommands.Factors),
            culture);
    }

    private static JsonObject TaskRow(KvuProject project, int number, TaskState task, CultureInfo culture)
    {
        var taskName = task.Task.ToString();
        var state = task is { Done: true, DoneAt: { } doneAt }
            ? CardText.Format(CardText.TaskDoneOn, culture, Date(doneAt, culture))
            : CardText.Get(CardText.TaskOpen, culture);
        var items = new JsonArray
        {
            Columns(
                Column(ColumnWidth.Stretch, Text($"{number}. {FormationText.Name(task.Task, culture)}", weight: TextWeight.Bolder, spacing: Spacing.None)),
                Column(ColumnWidth.Auto, Text(state, color: task.Done ? TextColor.Good : TextColor.Attention, size: TextSize.Small, spacing: Spacing.None))),
            Text(CardText.Format(CardText.TaskAssignedTo, culture, Assignee(project, task.AssignedTo, culture)), subtle: true, spacing: Spacing.None),
        };

        var buttons = new List<JsonObject>
        {
            task.Done
                ? Submit(CardText.Get(CardText.ButtonUndo, culture), TaskData(taskName, (FormationCommands.Done, FormationCommands.False)))
                : Submit(CardText.Get(CardText.ButtonDone, culture), TaskData(taskName, (FormationCommands.Done, FormationCommands.True))),
        };

        // Appointing the secretaris cannot be handed to the secretaris.
        if (task.Task != ProjectleiderTask.AppointSecretaris)
        {
            if (project.Secretaris is not null && task.AssignedTo.Kind != TaskAssigneeKind.Secretaris)
            {
                buttons.Add(Submit(CardText.Get(CardText.ButtonToSecretaris, culture),
                    TaskData(taskName, (FormationCommands.AssignField, FormationCommands.AssignSecretaris))));
            }

            if (task.AssignedTo.Kind != TaskAssigneeKind.Projectleider)
            {
                buttons.Add(Submit(CardText.Get(CardText.ButtonToProjectleider, culture),
                    TaskData(taskName, (FormationCommands.AssignField, FormationCommands.AssignProjectleider))));
            }
        }

        items.Add(ActionSet(buttons, spacing: Spacing.None));
        return Container(items, spacing: Spacing.Medium, separator: true);
    }

    private static JsonObject TaskData(string task, (string Field, string Value) change) =>
        Data(FormationCommands.Task, (FormationCommands.TaskField, task), change);

    /// <summary>Projectleider and Secretaris follow whoever holds the role, so show the role and, when known, its holder.</summary>
    private static string Assignee(KvuProject project, TaskAssignee assignee, CultureInfo culture)
    {
        var holder = assignee.Kind switch
        {
            TaskAssigneeKind.Projectleider => project.Projectleider?.Person,
            TaskAssigneeKind.Secretaris => project.Secretaris,
            _ => assignee.Person,
        };
        if (assignee.Kind == TaskAssigneeKind.Other)
        {
            return holder?.DisplayName ?? FormationText.Name(assignee.Kind, culture);
        }

        var role = FormationText.Name(assignee.Kind, culture);
        return holder is null ? role : $"{role} ({holder.DisplayName})";
    }
}
