namespace Kvu.Bot.Documents;

/// <summary>
/// The convenant Veilig Uitgaan as a draft to sign: the parties (the werkgroep's organisations and the Openbaar
/// Ministerie, which the CCV says joins at this point) with who signs for each and how far each is (as the projectleider
/// keeps them with <c>convenant ...</c>), the plan's goals and measures, the samenwerkingsstructuur, the evaluation plan,
/// duration, and a signature block per party with its signatory's name.
/// </summary>
internal static class ConvenantDocument
{
    public static WordDocument Write(DocumentFacts facts)
    {
        var project = facts.Project;
        return DocumentParts.Start(project, Wording.Get("Convenant_Name"), [Wording.Format("Gemeente", project.Gemeente), Wording.Format("Draft_ToSign", Wording.Date(facts.Today))],
                title: Wording.Format("Convenant_Title", project.Uitgaansgebied))
            .Heading(Wording.Get("Parties"))
            .ConvenantTable(project)
            .SignedCount(project)
            .Paragraph(Wording.Get("Convenant_PartiesNote"), italic: true)
            .Heading(Wording.Get("Article_1"))
            .Paragraph(Wording.Format("Convenant_Purpose", project.Uitgaansgebied, project.Gemeente))
            .Goals(project)
            .Heading(Wording.Get("Article_2"))
            .Measures(project, facts.Measures)
            .Heading(Wording.Get("Article_3"))
            .Samenwerking(project)
            .Heading(Wording.Get("Article_4"))
            .Paragraph(Wording.Get("Convenant_Evaluation"))
            .EvaluationPlan(project)
            .Heading(Wording.Get("Article_5"))
            .Paragraph(Wording.Get("Convenant_Duration"))
            .Heading(Wording.Get("Article_6"))
            .Paragraph(Wording.Get("Convenant_Final"))
            .SigningPart(project, project.ConvenantParties.Select(p => (p.Party, p.Signatory, p.SignedOn is { } on ? Wording.ShortDate(on) : null)));
    }
}
