using Kvu.Bot.Formation;

namespace Kvu.Bot.StatusPosts;

/// <summary>In a summary: the projectleider's tasks not done yet. The weekly post leaves them to its "Taken" button.</summary>
public sealed class TasksSection : IReportSection
{
    public int Order => 500;

    public bool ShowsIn(ReportKind kind) => kind != ReportKind.Weekly;

    public IReadOnlyList<JsonObject> Build(ReportContext context)
    {
        var culture = context.Culture;
        var open = context.Project.Tasks.Where(t => !t.Done).ToList();
        return
        [
            Heading(StatusText.Format(StatusText.TasksHeading, culture, open.Count)),
            .. open.Select(t => Text("• " + FormationText.Name(t.Task, culture), spacing: Spacing.None)),
        ];
    }
}
