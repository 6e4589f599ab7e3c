using System.Globalization;
using System.Text.Json.Nodes;
using Kvu.Bot.Formation;
using Kvu.Bot.Formation.Cards;
using static Kvu.Bot.Tests.Infrastructure.FormationExamples;

namespace Kvu.Bot.Tests.Formation.Cards;

/// <summary>
/// The projects every card is built from: the complete Zwolle werkgroep, a project just created, and a large one
/// (25 members, 10 areas) in the state that makes the overview longest: many open points, long names.
/// </summary>
public static class CardSamples
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static KvuProject Empty() => NewProject();

    private static readonly string[] FirstNames =
        ["Annemarie", "Bas", "Chantal", "Dirk-Jan", "Esther", "Frank", "Gerda", "Hans", "Ilse", "Johan", "Karim", "Laura", "Maarten"];

    private static readonly string[] LastNames =
        ["van den Berg", "Bakker", "de Wit", "Hoekstra", "van der Linden", "Smits", "Vermeulen", "de Haan", "Kuipers", "Postma", "Veenstra"];

    /// <summary>25 members with ordinary Dutch names and businesses.</summary>
    public static KvuProject Large() => Large(
        i => $"{FirstNames[i % FirstNames.Length]} {LastNames[i % LastNames.Length]}",
        i => $"Café {LastNames[(i + 3) % LastNames.Length]} {i + 1}");

    /// <summary>The same werkgroep with names and businesses about twice as long as usual: the card must still fit.</summary>
    public static KvuProject LargeWithLongNames() => Large(
        i => $"Alexandra-Maria van Oldenbarnevelt {i + 1}",
        i => $"Grand Café en Nachtclub De Lange Naam {i + 1} B.V.");

    private static KvuProject Large(Func<int, string> personName, Func<int, string> businessName)
    {
        var p = KvuProject.Create("amsterdam-leidseplein", "tenant-ams", "Amsterdam", "Leidseplein en Rembrandtplein", Marieke, Start);
        p.SetProjectleider(Marieke, ProjectleiderOrigin.Extern, ExternalCapacity.TechnischVoorzitter, Marieke, Day(1));
        p.SetProcesbegeleider(ProcesbegeleiderChoice.Yes, "Johanna van der Heijden-Vermeulen", "j.vanderheijden@procesbegeleiding-kvu.nl", Marieke, Day(1));
        p.SetRestaurantsTakePart(true, Marieke, Day(1));
        p.SetIntentieverklaring(IntentieverklaringStatus.BeingDrafted, null, Marieke, Day(1));
        p.AddConsultationBody("Uitgaansoverleg Leidseplein", ConsultationBodyFate.FoldedIntoKvu, Marieke, Day(1));
        p.AddConsultationBody("Horecaplatform Rembrandtplein", ConsultationBodyFate.Continues, Marieke, Day(1));
        p.AddConsultationBody("Veiligheidsoverleg binnenstad", ConsultationBodyFate.Ended, Marieke, Day(1));

        string[] areas =
        [
            "Leidseplein", "Rembrandtplein", "Thorbeckeplein", "Korte Leidsedwarsstraat", "Lange Leidsedwarsstraat",
            "Reguliersdwarsstraat", "Utrechtsestraat", "Kleine-Gartmanplantsoen", "Paradiso", "Melkweg",
        ];
        var areaIds = areas.Select((name, i) => p.AddHorecaArea(name, i < 3 ? HorecaAreaKind.Plein : i < 8 ? HorecaAreaKind.Straat : HorecaAreaKind.Publiekstrekker, Marieke, Day(2)).Id).ToList();

        WerkgroepRole[] roles =
        [
            WerkgroepRole.Politie, WerkgroepRole.Politie, WerkgroepRole.KhnAfdelingsbestuur, WerkgroepRole.KhnAfdelingsbestuur,
            .. Enumerable.Repeat(WerkgroepRole.HorecaOndernemer, 14),
            WerkgroepRole.Brandweer, WerkgroepRole.OpenbaarVervoer, WerkgroepRole.Mkb, WerkgroepRole.Jongerenwerk,
            WerkgroepRole.Bewoners, WerkgroepRole.Bewoners, WerkgroepRole.Overig,
        ];
        for (var i = 0; i < roles.Length; i++)
        {
            var person = new PersonRef(personName(i), null, $"lid{i + 1}@voorbeeld-amsterdam.nl");
            var organisation = RoleCatalog.DefaultOrganisation(roles[i], p.Gemeente) is null ? businessName(i) : null;
            var member = p.AddMember(roles[i], person, organisation, Marieke, Day(3));
            p.SetMemberStatus(member.Id, (MemberStatus)(i % 4), Marieke, Day(3));
            if (i % 3 == 0)
            {
                p.SetMandate(member.Id, Mandate.DecidesAfterConsultation, Marieke, Day(3));
                p.SetSubstitute(member.Id, new PersonRef(personName(i + 7), null, $"pv{i + 1}@voorbeeld-amsterdam.nl"), Marieke, Day(3));
            }

            if (roles[i] == WerkgroepRole.HorecaOndernemer && i % 2 == 0)
            {
                p.AssignAreaCoverage(member.Id, [areaIds[i % 5], areaIds[(i + 1) % 5]], Marieke, Day(4));
            }
        }

        p.SetSuccessFactor(SuccessFactor.JointApproach, SuccessFactorStatus.Met, "Besproken in de eerste bijeenkomst", Marieke, Day(5));
        p.SetSuccessFactor(SuccessFactor.AgreedTerms, SuccessFactorStatus.NotMet, null, Marieke, Day(5));
        p.CompleteTask(ProjectleiderTask.ManageBudget, Marieke, Day(5));
        p.AssignTask(ProjectleiderTask.PublicInformation, TaskAssignee.Other(Linda), Marieke, Day(5));
        return p;
    }

    /// <summary>Zwolle with a few tasks done and handed to the secretaris, and factors judged: what a card shows mid-way.</summary>
    public static KvuProject ZwolleUnderWay()
    {
        var p = Zwolle();
        p.CompleteTask(ProjectleiderTask.CoordinateAndMonitorActivities, Marieke, Day(12));
        p.AssignTask(ProjectleiderTask.ReportProgressToStakeholders, TaskAssignee.Secretaris, Marieke, Day(12));
        p.SetSuccessFactor(SuccessFactor.SufficientDecisionAuthority, SuccessFactorStatus.Met, null, Jeroen, Day(14));
        p.SetSuccessFactor(SuccessFactor.AgreedTerms, SuccessFactorStatus.NotMet, "Begrippenlijst volgt in april", Marieke, Day(14));
        return p;
    }

    public static IReadOnlyList<(string ProjectId, string Gemeente, string Uitgaansgebied, bool IsActive)> Projects(int count) =>
        [.. Enumerable.Range(1, count).Select(i => ($"project-{i}", i == 1 ? "Zwolle" : $"Gemeente Nummer {i}", i == 1 ? "Binnenstad Zwolle" : $"Uitgaansgebied rond het Stationsplein {i}", i == 1))];

    public static IReadOnlyList<(string Name, KvuProject Project)> Projects() =>
    [
        ("zwolle", ZwolleUnderWay()),
        ("empty", Empty()),
        ("large", Large()),
    ];

    /// <summary>Every card the builders make from the samples, in both languages, named "{card}-{sample}-{language}".</summary>
    public static IReadOnlyList<(string Name, JsonObject Card)> AllCards()
    {
        var cards = new List<(string, JsonObject)>();
        foreach (var (culture, language) in new[] { (Dutch, "nl"), (English, "en") })
        {
            foreach (var (sample, project) in Projects())
            {
                cards.Add(($"overview-{sample}-{language}", OverviewCard.Build(project, culture)));
                cards.Add(($"tasks-{sample}-{language}", TasksCard.Build(project, culture)));
                cards.Add(($"factors-{sample}-{language}", SuccessFactorsCard.Build(project, culture)));
            }

            cards.Add(($"projects-one-{language}", ProjectListCard.Build(Projects(1), culture)));
            cards.Add(($"projects-empty-{language}", ProjectListCard.Build([], culture)));
            cards.Add(($"projects-large-{language}", ProjectListCard.Build(Projects(25), culture)));
        }

        return cards;
    }
}
