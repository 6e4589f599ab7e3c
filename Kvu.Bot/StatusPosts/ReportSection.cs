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
        return Elements(context, context.Culture);
    }

    /// <summary>The section's card elements for this report, its texts in the report's <paramref name="culture"/>; none when it has nothing to say.</summary>
    protected abstract IReadOnlyList<JsonObject> Elements(ReportContext context, CultureInfo culture);

    /// <summary>A line of a list in the report: a bullet, close under the line before.</summary>
    protected static JsonObject Bullet(string text, TextColor? color = null) => Text("• " + text, spacing: Spacing.None, color: color);

    /// <summary>
    /// A list of at most <paramref name="most"/> bullets, then a subtle line (<paramref name="rest"/>) that counts the lines
    /// not shown and the <paramref name="leftOut"/> the section did not list at all, so a busy project still fits in the 28 KB card.
    /// </summary>
    protected static IEnumerable<JsonObject> Capped<T>(IReadOnlyList<T> lines, int most, Func<T, JsonObject> bullet, Func<int, string> rest, int leftOut = 0)
    {
        foreach (var line in lines.Take(most))
        {
            yield return bullet(line);
        }

        var more = leftOut + Math.Max(0, lines.Count - most);
        if (more > 0)
        {
            yield return Text(rest(more), subtle: true, spacing: Spacing.None);
        }
    }
}
