namespace Kvu.Bot.Documents;

/// <summary>
/// The intentieverklaring: the parties of the werkgroep and who represents each, why they work together, the goal,
/// and what each party commits to, with a place to sign per party. Who signs for a party is the signatory the
/// projectleider entered for the convenant (<c>convenant politie: ...</c>: the one authorised to sign for it), else its
/// member in the werkgroep. A draft to sign: the parties' own lawyers and the gemeente's format have the last word.
/// </summary>
internal static class IntentieverklaringDocument
{
    public static WordDocument Write(DocumentFacts facts)
    {
        var project = facts.Project;
        var parties = DocumentParts.Parties(project);
        var signatories = project.ConvenantParties.Where(c => c.Signatory is not null).ToDictionary(c => c.Party, c => c.Signatory!, StringComparer.OrdinalIgnoreCase);
        string? SignatoryOf(string party) => signatories.GetValueOrDefault(party);
        var document = DocumentParts.Start(project, Wording.Get("Intent_Name"),
            [
                Wording.Format("Intent_Subtitle", project.Uitgaansgebied), Wording.Format("Gemeente", project.Gemeente), project.Intentieverklaring.SignedOn is { } signed
                    ? Wording.Format("Intent_SignedOn", Wording.Date(signed), Wording.Date(facts.Today)) // signed already: not a draft any more
                    : Wording.Format("Draft_ToSign", Wording.Date(facts.Today)),
            ])
            .Heading(Wording.Get("Undersigned"));
        if (parties.Count == 0)
        {
            document.Paragraph(Wording.Get("Parties_None"));
        }

        // Where the one who signs sits in the werkgroep herself ("Henk Mulder, voorzitter"), she is named once.
        document.Bullets(parties.Select(p => SignatoryOf(p.Party) is not { } signatory
            ? Wording.Format("Party_Line", p.Party, p.Representative.Person.DisplayName, Wording.Name(p.Representative.Role))
            : signatory.Contains(p.Representative.Person.DisplayName, StringComparison.OrdinalIgnoreCase)
                ? Wording.Format("Party_Line", p.Party, signatory, Wording.Name(p.Representative.Role))
                : Wording.Format("Party_LineSignatory", p.Party, signatory, p.Representative.Person.DisplayName, Wording.Name(p.Representative.Role))))
            .Heading(Wording.Get("Considering"))
            .Bullets([Wording.Format("Considering_1", project.Uitgaansgebied, project.Gemeente), Wording.Get("Considering_2"), Wording.Get("Considering_3")]);
        if (facts.Probleemstelling is { } problem)
        {
            document.Paragraph(Wording.Format("Considering_Problem", problem));
        }

        document
            .Heading(Wording.Get("Intent_Goal"))
            .Paragraph(Wording.Format("Intent_GoalText", project.Uitgaansgebied, project.Gemeente));
        if (project.Goals.Count > 0)
        {
            document.Paragraph(Wording.Get("Intent_GoalsSoFar")).Bullets(project.Goals.Select(g => g.Text));
        }

        document.Heading(Wording.Get("Commitments"));
        foreach (var (party, representative) in parties)
        {
            document.Heading(party, 2)
                .Paragraph(Wording.Get($"Commitment_{representative.Role}"))
                .Field(Wording.Get("Representative"), Wording.Format("Representative_Mandate", representative.Person.DisplayName, Wording.Name(representative.Mandate).ToLower(ReaderCulture.Dutch)));
        }

        return document
            .Heading(Wording.Get("Intent_Duration"))
            .Paragraph(Wording.Get("Intent_DurationText"))
            .SigningPart(project, parties.Select(p => (p.Party, (string?)(SignatoryOf(p.Party) ?? p.Representative.Person.DisplayName), (string?)null)));
    }
}
