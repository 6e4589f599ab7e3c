using Kvu.Bot.Formation;

namespace Kvu.Bot.Documents;

/// <summary>
/// The convenant Veilig Uitgaan as a draft to sign: the parties (the werkgroep's organisations and the Openbaar
/// Ministerie, which the CCV says joins at this point) with who signs for each and how far each is (as the projectleider
/// keeps them with <c>convenant ...</c>), the plan's goals and measures, the samenwerkingsstructuur, the evaluation plan,
/// duration, and a signature block per party with its signatory's name.
/// </summary>
public static class ConvenantDocument
{
    public static byte[] Write(DocumentFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var project = facts.Project;
        var parties = project.ConvenantParties;
        var name = Wording.Get("Convenant_Name");
        var document = DocumentParts.Start(project, name)
            .TitleBlock(Wording.Format("Convenant_Title", project.Uitgaansgebied), Wording.Format("Gemeente", project.Gemeente), Wording.Format("Draft_ToSign", Wording.Date(facts.Today)))
            .Heading(Wording.Get("Parties"))
            .ConvenantTable(project)
            .Paragraph(Wording.Format("Convenant_Signed", parties.Count(p => p.State == SigningState.Getekend), parties.Count))
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
            .SigningPart(project, parties.Select(p => (p.Party, p.Signatory, p.SignedOn is { } on ? Wording.ShortDate(on) : null)));
        return document.ToBytes(facts.Now);
    }
}
