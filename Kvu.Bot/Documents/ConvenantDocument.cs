using Kvu.Bot.Formation;

namespace Kvu.Bot.Documents;

/// <summary>
/// The convenant Veilig Uitgaan as a draft to sign: the parties (the werkgroep's organisations and the Openbaar
/// Ministerie, which the CCV says joins at this point) and who signs for each, the plan's goals and measures, the
/// samenwerkingsstructuur, evaluation, duration, and a signature block per party.
/// </summary>
public static class ConvenantDocument
{
    public static byte[] Write(DocumentFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var project = facts.Project;
        var om = Wording.Get("OpenbaarMinisterie");
        var parties = DocumentParts.Parties(project).Select(p => (p.Party, Signatory: p.Representative.Person.DisplayName, Role: Wording.Name(p.Representative.Role))).ToList();
        if (!parties.Any(p => string.Equals(p.Party, om, StringComparison.OrdinalIgnoreCase)))
        {
            parties.Add((om, Wording.NotFilled, Wording.Get("OpenbaarMinisterie_Role")));
        }

        var name = Wording.Get("Convenant_Name");
        var document = DocumentParts.Start(project, name)
            .TitleBlock(Wording.Format("Convenant_Title", project.Uitgaansgebied), Wording.Format("Gemeente", project.Gemeente), Wording.Format("Draft_ToSign", Wording.Date(facts.Today)))
            .Heading(Wording.Get("Parties"))
            .Table([Wording.Get("Col_Party"), Wording.Get("Col_Signatory"), Wording.Get("Col_Role")], parties.Select(p => (IReadOnlyList<string>)[p.Party, p.Signatory, p.Role]), [4, 3, 3])
            .Paragraph(Wording.Get("Convenant_PartiesNote"), italic: true)
            .Heading(Wording.Get("Article_1"))
            .Paragraph(Wording.Format("Convenant_Purpose", project.Uitgaansgebied, project.Gemeente))
            .Goals(project)
            .Heading(Wording.Get("Article_2"))
            .Paragraph(Wording.Get("Measures_NotYet"))
            .Heading(Wording.Get("Article_3"))
            .Samenwerking(project)
            .Heading(Wording.Get("Article_4"))
            .Paragraph(Wording.Get("Convenant_Evaluation"))
            .Heading(Wording.Get("Article_5"))
            .Paragraph(Wording.Get("Convenant_Duration"))
            .Heading(Wording.Get("Article_6"))
            .Paragraph(Wording.Get("Convenant_Final"))
            .Heading(Wording.Get("Signing"))
            .Paragraph(Wording.Format("Signed_At", project.Gemeente))
            .Signatures(parties.Select(p => (p.Party, p.Signatory)), Wording.Get("Sign_Name"), Wording.Get("Sign_Date"), Wording.Get("Sign_Signature"));
        return document.ToBytes(facts.Now);
    }
}
