using Kvu.Bot.Formation;

namespace Kvu.Bot.Documents;

/// <summary>
/// What a document would have to say "nog niet ingevuld" about, so the bot can tell the projectleider in the chat
/// before she reads it: the resource keys (Gap_*) of the missing parts, in the document's order.
/// </summary>
public static class DocumentGaps
{
    public static IReadOnlyList<string> Of(DocumentKind kind, DocumentFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var project = facts.Project;
        var noWerkgroep = DocumentParts.Seated(project).Count == 0;
        var noGoals = project.Goals.Count == 0;
        var gaps = kind switch
        {
            DocumentKind.PlanVanAanpak =>
            [
                (facts.Probleemstelling is null, "Gap_Problem"),
                (project.Analysis.Kengetallen.Count == 0, "Gap_Kengetallen"),
                (project.Analysis.Knelpunten.Count == 0, "Gap_Knelpunten"),
                (project.Analysis.Indicators.Count == 0, "Gap_Indicators"),
                (noGoals, "Gap_Goals"),
                (true, "Gap_Measures"),
                (true, "Gap_Meetings"),
                (noWerkgroep, "Gap_Werkgroep"),
            ],
            DocumentKind.Intentieverklaring => [(noWerkgroep, "Gap_Werkgroep")],
            DocumentKind.Convenant => [(noWerkgroep, "Gap_Werkgroep"), (noGoals, "Gap_Goals"), (true, "Gap_Measures"), (true, "Gap_Meetings")],
            _ => new (bool, string)[]
            {
                (noWerkgroep, "Gap_Werkgroep"),
                (noGoals, "Gap_Goals"),
                (true, "Gap_Metingen"),
                (true, "Gap_Measures"),
                (true, "Gap_Budget"),
            },
        };
        return [.. gaps.Where(g => g.Item1).Select(g => g.Item2)];
    }
}
