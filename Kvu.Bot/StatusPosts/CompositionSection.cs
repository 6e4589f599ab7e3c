using Kvu.Bot.Approvals;

namespace Kvu.Bot.StatusPosts;

/// <summary>
/// In a summary: who sits in the werkgroep, by role, as the werkgroep approves it (the gemeente's projectleider, every
/// seat, the projectsecretaris, the seats still open). The weekly post leaves it to its "Overzicht" button.
/// </summary>
public sealed class CompositionSection() : ReportSection(150, ReportKinds.Summaries)
{
    protected override IReadOnlyList<JsonObject> Elements(ReportContext context, CultureInfo culture)
    {
        // One line per member rather than a FactSet: its narrow title column broke long role names mid-word.
        var items = new List<JsonObject> { Heading(StatusText.Get(StatusText.CompositionHeading, culture)) };
        foreach (var line in DecisionContent.CompositionLines(DecisionContent.Composition(context.Project), culture))
        {
            items.Add(Bullet(line.Label is null ? line.Text : $"{line.Label}: {line.Text}"));
        }

        return items;
    }
}
