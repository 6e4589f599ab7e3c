using Kvu.Bot.Approvals;
using Kvu.Bot.Documents;
using Kvu.Bot.Evaluation;
using Kvu.Bot.Formation;
using Kvu.Bot.Plan;
using static Kvu.Bot.Tests.Infrastructure.FormationExamples;

namespace Kvu.Bot.Tests.Documents;

/// <summary>
/// A KVU as a gemeente has it after three years (issue 17's realistic project): the Zwolle werkgroep (with a member
/// replaced along the way), the veiligheidsanalyse with its kengetallen, sources, 180 schouw findings and knelpunten,
/// indicators with their nulmeting, goals (one not yet SMART), the samenwerkingsstructuur and the evaluation plan, the
/// convenant with its signatories (the Openbaar Ministerie among them) part signed, phases moved by group decisions up
/// to Uitvoering, 12 metingen, 40 measures with the state their owners gave them, and some 150 more decisions in its
/// log. The tests and <c>./bench.sh</c> (row 8, the voortgangsrapportage) write their documents from this one project.
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
        p.SetMeetingRhythm(6, Marieke, Day(140));
        p.SetDecisionAgreement("Horecaverboden en sluitingstijden", "de burgemeester", Marieke, Day(140));
        p.SetDecisionAgreement("Maatregelen tot € 5.000 binnen het budget", "de werkgroep", Marieke, Day(140));
        p.SetDecisionAgreement("Inzet van politie en handhaving", "de driehoek (burgemeester, politie, OM)", Marieke, Day(140));
        foreach (var on in new[] { new DateOnly(2028, 3, 1), new DateOnly(2028, 6, 1), new DateOnly(2028, 9, 1), new DateOnly(2029, 3, 1) })
        {
            p.PlanEvaluation(EvaluationMomentKind.Tussenmeting, on, Marieke, Day(145));
        }

        p.PlanEvaluation(EvaluationMomentKind.Nameting, new DateOnly(2030, 3, 1), Marieke, Day(145));
        p.MovePhase(KvuPhase.PlanVanAanpak, KvuPhase.Convenant, 1, "fase v3", Marieke, Day(200));
        p.SetSignatory("Gemeente Zwolle", "burgemeester drs. A. van der Meer", Marieke, Day(210));
        p.SetSignatory("Politie", "M. Kramer, teamchef Zwolle", Marieke, Day(210));
        p.SetSignatory(KvuProject.OpenbaarMinisterie, "mr. P. de Groot, hoofdofficier van justitie", Marieke, Day(210));
        p.SetSignatory(RoleCatalog.KhnOrganisation, "Henk Mulder, voorzitter", Marieke, Day(210));
        p.SetSignatory("Café De Brouwerij", "Sanne Visser", Marieke, Day(210));
        p.SetSignatory("Bar Melkmarkt", "Tom de Boer", Marieke, Day(210));
        p.SetSignatory("Club Voorstraat", "Kees Smit", Marieke, Day(210));
        p.SetSignatory("Restaurant Het Pannenhuis", "Lisa Meijer", Marieke, Day(210));
        foreach (var party in new[] { "Gemeente Zwolle", "Politie", KvuProject.OpenbaarMinisterie, RoleCatalog.KhnOrganisation, "Café De Brouwerij", "Bar Melkmarkt", "Club Voorstraat" })
        {
            p.SetSigningState(party, SigningState.Getekend, new DateOnly(2026, 12, 14), Marieke, Day(290));
        }

        p.SetSigningState("Restaurant Het Pannenhuis", SigningState.AkkoordInPrincipe, null, Marieke, Day(290));
        p.MovePhase(KvuPhase.Convenant, KvuPhase.Uitvoering, 1, "fase v4", Marieke, Day(300));

        // Three years of ordinary work in the log, and in the first quarter of 2029 a new politie representative.
        for (var i = 0; i < 150; i++)
        {
            p.SetSuccessFactor((SuccessFactor)(i % 10), SuccessFactorStatus.Met, null, Marieke, Day(300 + (i * 7)));
        }

        // Twelve tussenmetingen: each indicator once a quarter in 2028 (recorded after the fact, in 2029).
        var recorded = new DateTimeOffset(2029, 3, 20, 12, 0, 0, TimeSpan.FromHours(1));
        var values = new Dictionary<string, decimal[]> { ["i1"] = [4.1m, 3.8m, 3.5m, 3.2m], ["i2"] = [74m, 76m, 79m, 81m], ["i3"] = [29m, 27m, 22m, 19m] };
        foreach (var (indicator, series) in values)
        {
            for (var q = 0; q < series.Length; q++)
            {
                p.RecordMeting(indicator, MetingKind.Tussenmeting, series[q], new DateOnly(2028, 3 + (q * 3), 1).AddMonths(q == 3 ? 3 : 0), "politie", Marieke, recorded);
            }
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

    public static DocumentFacts Facts(KvuProject project)
    {
        var measures = Measures(project);
        return new(project, GroupDecisions(project), Now) { Measures = measures, Progress = Progress(project, measures) };
    }

    /// <summary>
    /// What the owners reported by April 2029: measures past their end date done (every seventh one delayed, so over
    /// tijd), those not yet started planned, the rest running (every ninth delayed, one stopped); a note on some.
    /// </summary>
    public static IReadOnlyDictionary<string, MeasureProgress> Progress(KvuProject project, IReadOnlyList<Measure> measures)
    {
        var today = DateOnly.FromDateTime(Now.Date);
        var progress = new Dictionary<string, MeasureProgress>();
        foreach (var (measure, i) in measures.Select((m, i) => (m, i + 1)))
        {
            var (state, note) = measure.End < today
                ? (i % 7 == 0 ? (MeasureState.Vertraagd, "De leverancier is failliet; een nieuwe aanbesteding loopt.") : (MeasureState.Gereed, i == 1 ? "Acht camera's hangen sinds maart 2027; beelden gaan naar de meldkamer." : null))
                : measure.Start > today ? (MeasureState.Gepland, null)
                : i == 13 ? (MeasureState.Gestopt, "Gestopt na het besluit van de werkgroep van 12 maart 2029: te weinig effect.")
                : i % 9 == 0 ? (MeasureState.Vertraagd, "Wacht op de vergunning.")
                : (MeasureState.Loopt, (string?)null);
            progress[measure.Id] = new MeasureProgress(project.Id, measure.Id, state, note, new DateTimeOffset(2029, 3, 25, 10, 0, 0, TimeSpan.FromHours(1)));
        }

        return progress;
    }

    /// <summary>Forty measures over three years, for the goals and one knelpunt, some with a budget.</summary>
    public static IReadOnlyList<Measure> Measures(KvuProject project) =>
    [
        .. Enumerable.Range(1, 40).Select(i => new Measure
        {
            ProjectId = project.Id,
            Id = $"mr{i}",
            Title = i switch { 1 => "Cameratoezicht Grote Markt", 2 => "Gastvrouwen en -heren op de Melkmarkt", 3 => "Training verantwoord alcoholgebruik", _ => $"Maatregel {i}" },
            GoalId = i % 8 == 0 ? null : $"d{1 + (i % 3)}",
            KnelpuntId = i % 8 == 0 ? "k2" : null,
            Party = i % 2 == 0 ? "Gemeente Zwolle" : "Politie",
            Owner = i % 2 == 0 ? Wim : Ingrid,
            Start = new DateOnly(2027, 1, 1).AddMonths(i % 24),
            End = new DateOnly(2027, 12, 31).AddMonths(i % 30),
            Beslismoment = new DateOnly(2027, 7, 1).AddMonths(i % 24),
            Decider = "de werkgroep",
            Budget = i % 4 == 0 ? 2_500m * i : null,
            ChangedBy = Marieke,
            ChangedAt = Day(200),
        }),
    ];
}
