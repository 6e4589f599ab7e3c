using Kvu.Bot.Formation;

namespace Kvu.Bot.StatusPosts;

/// <summary>In a summary: who sits in the werkgroep, by role. The weekly post leaves it to its "Overzicht" button.</summary>
public sealed class CompositionSection() : ReportSection(150, ReportKinds.Summaries)
{
    protected override IReadOnlyList<JsonObject> Elements(ReportContext context, CultureInfo culture)
    {
        // One line per member rather than a FactSet: its narrow title column broke long role names mid-word.
        var items = new List<JsonObject> { Heading(StatusText.Get(StatusText.CompositionHeading, culture)) };
        foreach (var member in context.Project.Members.Where(m => m.Status != MemberStatus.Declined))
        {
            var role = FormationText.Name(member.Role, culture);
            items.Add(Bullet(member.Organisation is { Length: > 0 } organisation && !string.Equals(organisation, role, StringComparison.OrdinalIgnoreCase)
                ? $"{member.Person.DisplayName} ({role}, {organisation})"
                : $"{member.Person.DisplayName} ({role})"));
        }

        return items;
    }
}
