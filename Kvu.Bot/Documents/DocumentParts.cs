using Kvu.Bot.Formation;
using Kvu.Bot.Plan;

namespace Kvu.Bot.Documents;

/// <summary>The pieces several documents share: the footer, the parties and their people, the werkgroep and the goals as tables.</summary>
public static class DocumentParts
{
    public static string Area(KvuProject project) => $"{project.Uitgaansgebied}, gemeente {project.Gemeente}";

    /// <summary>
    /// A document's start: its name with the area in its properties and footer, and the title block of its first page:
    /// the title (the name, unless the document has one of its own) and a line per subtitle.
    /// </summary>
    public static WordDocument Start(KvuProject project, string name, IReadOnlyList<string> subtitles, string? title = null) =>
        new WordDocument($"{name} – {project.Uitgaansgebied} ({project.Gemeente})", $"Gemeente {project.Gemeente} · {project.Uitgaansgebied} · {name}")
            .TitleBlock(title ?? name, [.. subtitles]);

    /// <summary>The seats that take part (not declined), gemeente first, in the order the werkgroep was formed.</summary>
    public static IReadOnlyList<Member> Seated(KvuProject project) =>
        [.. project.Members.Where(m => m.Status != MemberStatus.Declined).OrderBy(m => m.Role == WerkgroepRole.Gemeente ? 0 : 1)];

    /// <summary>The organisations that take part, each once, with who represents it (the first seat's holder).</summary>
    public static IReadOnlyList<(string Party, Member Representative)> Parties(KvuProject project) =>
        [.. Seated(project).GroupBy(m => PartyName(project, m), StringComparer.OrdinalIgnoreCase).Select(g => (g.Key, g.First()))];

    public static string PartyName(KvuProject project, Member member) =>
        !string.IsNullOrWhiteSpace(member.Organisation) ? member.Organisation
        : member.Role == WerkgroepRole.Gemeente ? $"Gemeente {project.Gemeente}"
        : Wording.Name(member.Role);

    public static WordDocument Werkgroep(this WordDocument document, KvuProject project)
    {
        var seated = Seated(project);
        if (seated.Count == 0)
        {
            return document.Paragraph(Wording.Get("Werkgroep_None"));
        }

        return document.Table(
            [Wording.Get("Col_Party"), Wording.Get("Col_Name"), Wording.Get("Col_Role"), Wording.Get("Col_Mandate"), Wording.Get("Col_Substitute")],
            seated.Select(m => (IReadOnlyList<string>)[PartyName(project, m), m.Person.DisplayName, Wording.Name(m.Role), Wording.Name(m.Mandate), m.Substitute?.DisplayName ?? "–"]),
            [3, 3, 3, 3, 3]);
    }

    /// <summary>The projectleider, secretaris and CCV procesbegeleider, each or "nog niet ingevuld".</summary>
    public static WordDocument Roles(this WordDocument document, KvuProject project) =>
        document
            .Field(Wording.Get("Projectleider"), Wording.OrNotFilled(project.Projectleider?.Person.DisplayName))
            .Field(Wording.Get("Secretaris"), Wording.OrNotFilled(project.Secretaris?.DisplayName))
            .Field(Wording.Get("Procesbegeleider"), project.Procesbegeleider.Choice == ProcesbegeleiderChoice.No ? Wording.Get("Procesbegeleider_None") : Wording.OrNotFilled(project.Procesbegeleider.Name));

    public static WordDocument Goals(this WordDocument document, KvuProject project)
    {
        if (project.Goals.Count == 0)
        {
            return document.Paragraph(Wording.Get("Goals_None"));
        }

        return document.Table(
            [Wording.Get("Col_Goal"), Wording.Get("Col_Indicator"), Wording.Get("Col_Baseline"), Wording.Get("Col_Target"), Wording.Get("Col_By")],
            project.Goals.Select(g =>
            {
                var indicator = project.Analysis.Indicators.FirstOrDefault(i => i.Id == g.IndicatorId);
                return (IReadOnlyList<string>)
                [
                    g.Text,
                    indicator?.Name ?? Wording.NotFilled,
                    indicator is null ? "–" : $"{Wording.Number(indicator.Baseline)} ({Wording.ShortDate(indicator.BaselineOn)})",
                    g.Target is { } target ? Wording.Number(target) : Wording.NotFilled,
                    g.By is { } by ? Wording.ShortDate(by) : Wording.NotFilled,
                ];
            }),
            [4, 4, 3, 2, 2]);
    }

    /// <summary>The plan's measures as a table (what, for which goal or knelpunt, who, when, beslismoment, budget); none: not filled in.</summary>
    public static WordDocument Measures(this WordDocument document, KvuProject project, IReadOnlyList<Measure> measures)
    {
        if (measures.Count == 0)
        {
            return document.Paragraph(Wording.Get("Measures_NotYet"));
        }

        document.Table(
            [Wording.Get("Col_Measure"), Wording.Get("Col_For"), Wording.Get("Col_Party"), Wording.Get("Col_Period"), Wording.Get("Col_Beslismoment"), Wording.Get("Col_Budget")],
            measures.Select(m => (IReadOnlyList<string>)
            [
                $"{m.Id} {m.Title}",
                For(project, m),
                $"{m.Party} ({m.Owner.DisplayName})",
                $"{Wording.ShortDate(m.Start)} –\n{Wording.ShortDate(m.End)}",
                $"{Wording.ShortDate(m.Beslismoment)}\n({m.Decider})",
                m.Budget is { } budget ? Money.Format(budget, ReaderCulture.Dutch) : "–",
            ]),
            [4, 3, 3, 3, 3, 2]);
        return Budget(document, measures);
    }

    /// <summary>The budget of the measures that have one, or "nog niet ingevuld".</summary>
    public static WordDocument Budget(this WordDocument document, IReadOnlyList<Measure> measures)
    {
        var budgeted = measures.Where(m => m.Budget is not null).ToList();
        return budgeted.Count == 0
            ? document.Paragraph(Wording.Get("Budget_NotYet"))
            : document.Paragraph(Wording.Format("Budget_Total", Money.Format(budgeted.Sum(m => m.Budget!.Value), ReaderCulture.Dutch), budgeted.Count, measures.Count));
    }

    private static string For(KvuProject project, Measure measure) =>
        project.Goals.FirstOrDefault(g => g.Id == measure.GoalId) is { } goal ? $"{goal.Id} {goal.Text}"
        : project.Analysis.Knelpunten.FirstOrDefault(k => k.Id == measure.KnelpuntId) is { } knelpunt ? $"{knelpunt.Id} {knelpunt.Text}"
        : measure.For;

    /// <summary>
    /// The samenwerkingsstructuur as the plan records it (<c>samenwerking overleg elke 6 weken</c>, <c>samenwerking besluit
    /// ...: burgemeester</c>): the roles, how often the werkgroep meets and who decides what; what is not agreed yet says so.
    /// </summary>
    public static WordDocument Samenwerking(this WordDocument document, KvuProject project)
    {
        var samenwerking = project.Samenwerking;
        document
            .Paragraph(Wording.Format("Samenwerking_Werkgroep", project.Uitgaansgebied))
            .Roles(project)
            .Field(Wording.Get("Samenwerking_Meetings"), samenwerking.MeetsEveryWeeks is { } weeks ? Wording.Format("Samenwerking_MeetsEvery", weeks) : Wording.NotFilled);
        if (samenwerking.Agreements.Count == 0)
        {
            return document
                .Field(Wording.Get("Samenwerking_Decides"), Wording.NotFilled)
                .Paragraph(Wording.Get("Samenwerking_DecidesDefault"));
        }

        return document
            .Paragraph(Wording.Get("Samenwerking_Agreements"))
            .Table([Wording.Get("Col_Subject"), Wording.Get("Col_Decider")], samenwerking.Agreements.Select(a => (IReadOnlyList<string>)[a.Subject, a.Decider]), [3, 2])
            .Paragraph(Wording.Get("Samenwerking_DecidesRest"));
    }

    /// <summary>When the werkgroep measures again: the tussenmetingen and the nameting of the evaluation plan, each dated.</summary>
    public static WordDocument EvaluationPlan(this WordDocument document, KvuProject project)
    {
        var plan = project.EvaluationPlan;
        if (plan.Count == 0)
        {
            return document.Field(Wording.Get("Plan_Metingen"), Wording.NotFilled);
        }

        var lines = plan.Select(m => $"{Wording.Name(m.Kind)}: {Wording.Date(m.On)}").ToList();
        if (project.Nameting is null)
        {
            lines.Add($"{Wording.Name(EvaluationMomentKind.Nameting)}: {Wording.NotFilled}");
        }

        return document.Paragraph(Wording.Get("Plan_Metingen") + ":").Bullets(lines);
    }

    /// <summary>
    /// The convenant's parties as the projectleider keeps them (<c>convenant ...</c>): the werkgroep's organisations and
    /// the Openbaar Ministerie, each with who signs for it, who sits for it in the werkgroep, and how far it is.
    /// </summary>
    public static IReadOnlyList<(ConvenantParty Party, Member? Werkgroep)> ConvenantParties(KvuProject project)
    {
        var parties = Parties(project);
        return [.. project.ConvenantParties.Select(c => (c, parties.Where(p => string.Equals(p.Party, c.Party, StringComparison.OrdinalIgnoreCase)).Select(p => (Member?)p.Representative).FirstOrDefault()))];
    }

    /// <summary>Where a party stands: concept, akkoord in principe, or getekend with its date.</summary>
    public static string Signing(ConvenantParty party) =>
        party.State == SigningState.Getekend && party.SignedOn is { } on ? Wording.Format("Signing_SignedOn", Wording.ShortDate(on)) : Wording.Name(party.State);

    /// <summary>
    /// The end of a document to sign (the intentieverklaring, the convenant): where it is signed, and a signature block
    /// per party with who signs and, once known, the date.
    /// </summary>
    public static WordDocument SigningPart(this WordDocument document, KvuProject project, IEnumerable<(string Party, string? Signatory, string? Date)> parties) =>
        document
            .Heading(Wording.Get("Signing"))
            .Paragraph(Wording.Format("Signed_At", project.Gemeente))
            .Signatures(parties, Wording.Get("Sign_Name"), Wording.Get("Sign_Date"), Wording.Get("Sign_Signature"));

    /// <summary>How many of the convenant's parties have signed, in a sentence.</summary>
    public static WordDocument SignedCount(this WordDocument document, KvuProject project)
    {
        var parties = project.ConvenantParties;
        return document.Paragraph(Wording.Format("Convenant_Signed", parties.Count(p => p.State == SigningState.Getekend), parties.Count));
    }

    /// <summary>The parties, who signs, who sits in the werkgroep and the signing state, as a table.</summary>
    public static WordDocument ConvenantTable(this WordDocument document, KvuProject project) =>
        document.Table(
            [Wording.Get("Col_Party"), Wording.Get("Col_Signatory"), Wording.Get("Col_InWerkgroep"), Wording.Get("Col_SigningState")],
            ConvenantParties(project).Select(p => (IReadOnlyList<string>)
            [
                p.Party.Party,
                Wording.OrNotFilled(p.Party.Signatory),
                p.Werkgroep is { } member ? $"{member.Person.DisplayName} ({Wording.Name(member.Role)})" : "–",
                Signing(p.Party),
            ]),
            [3, 3, 4, 3]);
}
