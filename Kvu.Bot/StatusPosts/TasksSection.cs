using Kvu.Bot.Formation;

namespace Kvu.Bot.StatusPosts;

/// <summary>In a summary: the projectleider's tasks not done yet. The weekly post leaves them to its "Taken" button.</summary>
public sealed class TasksSection() : ReportSection(500, ReportKinds.Summaries)
{
    protected override IReadOnlyList<JsonObject> Elements(ReportContext context, CultureInfo culture)
    {
        var open = context.Project.Tasks.Where(t => !t.Done).ToList();
        return
        [
            Heading(StatusText.Format(StatusText.TasksHeading, culture, open.Count)),
            .. open.Select(t => Bullet(FormationText.Name(t.Task, culture))),
        ];
    }
}
