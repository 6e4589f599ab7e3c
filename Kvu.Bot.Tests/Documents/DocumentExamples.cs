using Kvu.Bot.Approvals;
using Kvu.Bot.Documents;
using Kvu.Bot.Formation;
using static Kvu.Bot.Tests.Infrastructure.FormationExamples;

namespace Kvu.Bot.Tests.Documents;

/// <summary>
/// A KVU as a gemeente has it after three years: the Zwolle werkgroep (with a member replaced along the way), the
/// veiligheidsanalyse with its kengetallen, sources, 180 schouw findings and knelpunten, indicators with their
/// nulmeting, goals (one not yet SMART), phases moved by group decisions up to Uitvoering, and some 150 more entries
/// in its log.
/// </summary>
public static class DocumentExamples
{
    public static readonly DateTimeOffset Now = new(2029, 4, 2, 10, 0, 0, TimeSpan.FromHours(2));

    public static readonly DocumentPeriod FirstQuarter2029 = new(new DateOnly(2029, 1, 1), new DateOnly(2029, 3, 31));

    public static KvuProject ThreeYearsOfZwolle()
    {
        var p = Zwolle();
        var at = Day(20);
        p.MovePhase(KvuPhase.Initiatief, KvuPhase.Veiligheidsanalyse, 1, "fase v1", Marieke, at);

        p.SetKengetal(KengetalKind.Horeca, "42 zaken: 18 cafés, 6 clubs, 18 restaurants", Marieke, at);
        p.SetKengetal(KengetalKind.Openingstijden, "café tot 02:00, club tot 05:00", Marieke, at);
        p.SetKengetal(KengetalKind.Bezoekers, "ca. 6.000 op een drukke zaterdagnacht", Marieke, at);
        p.SetKengetal(KengetalKind.Grenzen, "Grote Markt, Melkmarkt, Voorstraat en de Diezerstraat tot de Stadsgracht", Marieke, at);
        foreach (var source in Enum.GetValues<SourceKind>().Take(6))
        {
            p.PlanSource(source, "Ingrid Bakker", new DateOnly(2026, 5, 1), Marieke, at);
            p.ReceiveSource(source, new DateOnly(2026, 4, 28), Marieke, Day(60));
        }

        for (var i = 0; i < 180; i++)
        {
            p.CountFinding(i % 3 == 0 ? DayPart.Dag : DayPart.Nacht, Jeroen, Day(30 + (i % 20)));
        }

        p.AddKnelpunt(KnelpuntTheme.Geweld, "Vechtpartijen bij sluitingstijd op de Grote Markt", SourceKind.Politiecijfers, Marieke, Day(70));
        p.AddKnelpunt(KnelpuntTheme.Overlast, "Geluidsoverlast voor bewoners van de Melkmarkt", SourceKind.EnqueteBewoners, Marieke, Day(70));
        p.AddKnelpunt(KnelpuntTheme.Alcohol, "Indrinken op straat door jongeren", SourceKind.SchouwNacht, Marieke, Day(70));
        var incidents = p.SetIndicator("Incidenten per weekendnacht", 4.5m, new DateOnly(2026, 3, 1), Marieke, Day(70));
        p.SetIndicator("Bezoekers die zich veilig voelen (%)", 72m, new DateOnly(2026, 4, 1), Marieke, Day(70));
        p.SetIndicator("Meldingen geluidsoverlast per maand", 31m, new DateOnly(2026, 4, 1), Marieke, Day(70));
        p.MovePhase(KvuPhase.Veiligheidsanalyse, KvuPhase.PlanVanAanpak, 1, "fase v2", Marieke, Day(120));

        p.SetGoal("Minder geweld op straat", incidents.Name, 3m, new DateOnly(2029, 12, 31), Marieke, Day(130));
        p.SetGoal("Meer bezoekers voelen zich veilig", "Bezoekers die zich veilig voelen (%)", 85m, new DateOnly(2029, 12, 31), Marieke, Day(130));
        p.SetGoal("Minder geluidsoverlast", "Meldingen geluidsoverlast per maand", 20m, new DateOnly(2029, 6, 30), Marieke, Day(130));
        p.SetGoal("Betere samenwerking met de buurt", null, null, null, Marieke, Day(130));
        p.MovePhase(KvuPhase.PlanVanAanpak, KvuPhase.Convenant, 1, "fase v3", Marieke, Day(200));
        p.MovePhase(KvuPhase.Convenant, KvuPhase.Uitvoering, 1, "fase v4", Marieke, Day(300));

        // Three years of ordinary work in the log, and in the first quarter of 2029 a new politie representative.
        for (var i = 0; i < 150; i++)
        {
            p.SetSuccessFactor((SuccessFactor)(i % 10), SuccessFactorStatus.Met, null, Marieke, Day(300 + (i * 7)));
        }

        var politie = p.Members.First(m => m.Role == WerkgroepRole.Politie);
        p.ReplaceRepresentative(politie.Id, Ruud, Marieke, new DateTimeOffset(2029, 2, 12, 10, 0, 0, TimeSpan.FromHours(1)));
        p.SetGoal("Minder geweld op straat", incidents.Name, 2.5m, new DateOnly(2029, 12, 31), Marieke, new DateTimeOffset(2029, 3, 5, 20, 0, 0, TimeSpan.FromHours(1)));
        return p;
    }

    /// <summary>The problem statement, approved by the werkgroep in the first quarter of 2029.</summary>
    public static IReadOnlyList<DecisionTally> GroupDecisions(KvuProject project) =>
    [
        new DecisionTally(new GroupDecision
        {
            ProjectId = project.Id,
            TenantId = project.TenantId,
            Kind = GroupDecisionKind.Probleemstelling,
            ProjectName = $"{project.Gemeente} – {project.Uitgaansgebied}",
            Items = ["Op weekendnachten is er rond sluitingstijd geweld op de Grote Markt en ervaren bewoners van de Melkmarkt geluidsoverlast."],
            Voters = [new Voter(Wim.AadObjectId!, Wim.DisplayName, "m1"), new Voter(Marieke.AadObjectId!, Marieke.DisplayName, "m0")],
            Closed = true,
            StartedBy = Marieke.AadObjectId!,
            Version = 2,
            UpdatedAt = new DateTimeOffset(2029, 1, 20, 12, 0, 0, TimeSpan.FromHours(1)),
        },
        [
            new ApprovalResponse("probleemstelling", 2, Wim.AadObjectId!, Wim.DisplayName, ApprovalAnswer.Agree, null, new DateTimeOffset(2029, 1, 18, 9, 0, 0, TimeSpan.FromHours(1))),
            new ApprovalResponse("probleemstelling", 2, Marieke.AadObjectId!, Marieke.DisplayName, ApprovalAnswer.Agree, null, new DateTimeOffset(2029, 1, 19, 9, 0, 0, TimeSpan.FromHours(1))),
        ]),
    ];

    public static DocumentFacts Facts() => Facts(ThreeYearsOfZwolle());

    public static DocumentFacts Facts(KvuProject project) => new(project, GroupDecisions(project), Now);
}
