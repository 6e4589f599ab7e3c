using Kvu.Bot.Formation;

namespace Kvu.Bot.Documents;

/// <summary>The pieces several documents share: the footer, the parties and their people, the werkgroep and the goals as tables.</summary>
public static class DocumentParts
{
    public static string Area(KvuProject project) => $"{project.Uitgaansgebied}, gemeente {project.Gemeente}";

    public static WordDocument Start(KvuProject project, string documentName) =>
        new($"{documentName} – {project.Uitgaansgebied} ({project.Gemeente})", $"Gemeente {project.Gemeente} · {project.Uitgaansgebied} · {documentName}");

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
            .Field(Wording.Get("Procesbegeleider"), Wording.OrNotFilled(project.Procesbegeleider.Name));

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

    /// <summary>The werkgroep's meetings and who decides what; until the plan records it, what the KVU text asks.</summary>
    public static WordDocument Samenwerking(this WordDocument document, KvuProject project) =>
        document
            .Paragraph(Wording.Format("Samenwerking_Werkgroep", project.Uitgaansgebied))
            .Roles(project)
            .Field(Wording.Get("Samenwerking_Meetings"), Wording.NotFilled)
            .Field(Wording.Get("Samenwerking_Decides"), Wording.Get("Samenwerking_DecidesDefault"));
}
