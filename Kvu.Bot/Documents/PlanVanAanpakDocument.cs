using Kvu.Bot.Formation;

namespace Kvu.Bot.Documents;

/// <summary>
/// The plan van aanpak: from the veiligheidsanalyse (the area, the sources, the schouw, the knelpunten) to the goals
/// and the measures, with the samenwerkingsstructuur and how the werkgroep will evaluate. A draft the werkgroep
/// approves; parts the project does not have yet say so.
/// </summary>
internal static class PlanVanAanpakDocument
{
    public static WordDocument Write(DocumentFacts facts)
    {
        var project = facts.Project;
        var analysis = project.Analysis;
        var document = DocumentParts.Start(project, Wording.Get("Plan_Name"), [Wording.Get("Kvu"), DocumentParts.Area(project), Wording.Format("Draft_On", Wording.Date(facts.Today)), Wording.Format("Round", project.Round)])
            .Heading(Wording.Get("Plan_Problem"))
            .Paragraph(Wording.OrNotFilled(facts.Probleemstelling))
            .Heading(Wording.Get("Plan_Area"))
            .Table(
                [Wording.Get("Col_Kengetal"), Wording.Get("Col_Value")],
                Enum.GetValues<KengetalKind>().Select(k => (IReadOnlyList<string>)[Wording.Name(k), Wording.OrNotFilled(analysis.Kengetallen.GetValueOrDefault(k))]),
                [2, 5])
            .Heading(Wording.Get("Plan_Analysis"))
            .Heading(Wording.Get("Plan_Sources"), 2)
            .Table(
                [Wording.Get("Col_Source"), Wording.Get("Col_DeliveredBy"), Wording.Get("Col_Due"), Wording.Get("Col_Received")],
                Enum.GetValues<SourceKind>().Select(k => analysis.Source(k)).Select(s => (IReadOnlyList<string>)
                [
                    Wording.Name(s.Kind) + (PhaseChecklist.IsMandatory(s.Kind) ? " *" : string.Empty),
                    Wording.OrNotFilled(s.DeliveredBy),
                    s.Due is { } due ? Wording.ShortDate(due) : "–",
                    s.ReceivedOn is { } on ? Wording.ShortDate(on) : Wording.Get("No"),
                ]),
                [4, 4, 2, 2])
            .Paragraph(Wording.Get("Plan_SourcesMandatory"), italic: true)
            .Paragraph(Wording.Format("Plan_Schouw", analysis.FindingsByDay, analysis.FindingsByNight))
            .Heading(Wording.Get("Plan_Knelpunten"), 2);
        Knelpunten(document, analysis);
        document
            .Heading(Wording.Get("Plan_Indicators"), 2);
        if (analysis.Indicators.Count == 0)
        {
            document.Paragraph(Wording.NotFilled);
        }
        else
        {
            document.Table(
                [Wording.Get("Col_Indicator"), Wording.Get("Col_Baseline"), Wording.Get("Col_Measured")],
                analysis.Indicators.Select(i => (IReadOnlyList<string>)[i.Name, Wording.Number(i.Baseline), Wording.ShortDate(i.BaselineOn)]),
                [5, 2, 2]);
        }

        return document
            .Heading(Wording.Get("Plan_Goals"))
            .Goals(project)
            .Heading(Wording.Get("Plan_Measures"))
            .Measures(project, facts.Measures)
            .Heading(Wording.Get("Plan_Samenwerking"))
            .Samenwerking(project)
            .Heading(Wording.Get("Plan_Werkgroep"), 2)
            .Werkgroep(project)
            .Heading(Wording.Get("Plan_Evaluation"))
            .Paragraph(Wording.Get("Plan_EvaluationText"))
            .EvaluationPlan(project);
    }

    private static void Knelpunten(WordDocument document, Veiligheidsanalyse analysis)
    {
        if (analysis.Knelpunten.Count == 0)
        {
            document.Paragraph(Wording.NotFilled);
            return;
        }

        foreach (var theme in analysis.Knelpunten.GroupBy(k => k.Theme).OrderBy(g => g.Key))
        {
            document.Paragraph(Wording.Name(theme.Key) + ":");
            document.Bullets(theme.Select(k => Wording.Format("Knelpunt_Line", k.Text, Wording.Name(k.Source))));
        }
    }
}
