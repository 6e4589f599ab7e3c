namespace Kvu.Bot.StatusPosts;

/// <summary>
/// A section of the progress report that says where it stands and in which reports once, in its class line:
/// <c>public sealed class TasksSection() : ReportSection(500, ReportKinds.Summaries)</c>. The order numbers in use are
/// listed on <see cref="IReportSection.Order"/>.
/// </summary>
public abstract class ReportSection(int order, ReportKinds shownIn) : IReportSection
{
    public int Order => order;

    public bool ShowsIn(ReportKind kind) => shownIn.HasFlag((ReportKinds)(1 << (int)kind));

    public IReadOnlyList<JsonObject> Build(ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Elements(context);
    }

    /// <summary>The section's card elements for this report; none when it has nothing to say.</summary>
    protected abstract IReadOnlyList<JsonObject> Elements(ReportContext context);
}
