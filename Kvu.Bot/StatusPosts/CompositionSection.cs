using Kvu.Bot.Formation;
using static Kvu.Bot.Common.Cards.CardElements;

namespace Kvu.Bot.StatusPosts;

/// <summary>In a summary: who sits in the werkgroep, by role. The weekly post leaves it to its "Overzicht" button.</summary>
public sealed class CompositionSection : IReportSection
{
    public int Order => 150;

    public bool ShowsIn(ReportKind kind) => kind != ReportKind.Weekly;

    public IReadOnlyList<JsonObject> Build(ReportContext context)
    {
        var culture = context.Culture;
        return
        [
            Heading(StatusText.Get(StatusText.CompositionHeading, culture)),
            Facts(context.Project.Members.Select(m => (FormationText.Name(m.Role, culture),
                m.Organisation is { Length: > 0 } organisation ? $"{m.Person.DisplayName} ({organisation})" : m.Person.DisplayName))),
        ];
    }
}
