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
        var noMeasures = facts.Measures.Count == 0;
        var noRhythm = project.Samenwerking.MeetsEveryWeeks is null;
        var noAgreements = project.Samenwerking.Agreements.Count == 0;
        var noEvaluationPlan = project.Nameting is null || project.EvaluationPlan.All(m => m.Kind != EvaluationMomentKind.Tussenmeting);
        var noSignatories = project.ConvenantParties.Any(p => p.Signatory is null);
        var gaps = kind switch
        {
            DocumentKind.PlanVanAanpak =>
            [
                (facts.Probleemstelling is null, "Gap_Problem"),
                (project.Analysis.Kengetallen.Count == 0, "Gap_Kengetallen"),
                (project.Analysis.Knelpunten.Count == 0, "Gap_Knelpunten"),
                (project.Analysis.Indicators.Count == 0, "Gap_Indicators"),
                (noGoals, "Gap_Goals"),
                (noMeasures, "Gap_Measures"),
                (noRhythm, "Gap_Meetings"),
                (noAgreements, "Gap_Agreements"),
                (noWerkgroep, "Gap_Werkgroep"),
                (noEvaluationPlan, "Gap_EvaluationPlan"),
            ],
            DocumentKind.Intentieverklaring => [(noWerkgroep, "Gap_Werkgroep")],
            DocumentKind.Convenant =>
            [
                (noWerkgroep, "Gap_Werkgroep"),
                (noSignatories, "Gap_Signatories"),
                (noGoals, "Gap_Goals"),
                (noMeasures, "Gap_Measures"),
                (noRhythm, "Gap_Meetings"),
                (noAgreements, "Gap_Agreements"),
                (noEvaluationPlan, "Gap_EvaluationPlan"),
            ],
            _ => new (bool, string)[]
            {
                (noWerkgroep, "Gap_Werkgroep"),
                (noGoals, "Gap_Goals"),
                (project.Metingen.Count == 0, "Gap_Metingen"),
                (noMeasures, "Gap_Measures"),
                (facts.Measures.All(m => m.Budget is null), "Gap_Budget"),
            },
        };
        return [.. gaps.Where(g => g.Item1).Select(g => g.Item2)];
    }
}
