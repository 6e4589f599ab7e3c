using System.Text.Json.Nodes;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;
using Kvu.Bot.Formation.Cards;
using static Kvu.Bot.Tests.Formation.Cards.CardJson;
using static Kvu.Bot.Tests.Infrastructure.FormationExamples;

namespace Kvu.Bot.Tests.Formation.Cards;

public class OverviewCardTests
{
    [Fact]
    public void Shows_the_project_and_its_werkgroep()
    {
        var text = AllText(OverviewCard.Build(CardSamples.ZwolleUnderWay(), CardSamples.Dutch));

        Assert.Contains("Zwolle – Binnenstad Zwolle", text);
        Assert.Contains("Initiatief", text);
        Assert.Contains("Getekend op 10 maart 2026", text);
        Assert.Contains("Marieke Jansen · Uit de gemeente", text);
        Assert.Contains("Jeroen Bos", text);
        Assert.Contains("Geen procesbegeleider", text);
        Assert.Contains("Lisa Meijer", text);
        Assert.Contains("Restaurant Het Pannenhuis", text);
        Assert.Contains("Vertegenwoordigt de restaurants", text);
        Assert.Contains("Plaatsvervanger: Noor Willems", text);
        Assert.Contains("Beslist na terugkoppeling binnen korte termijn", text);
        Assert.Contains("Doet mee", text);
        Assert.Contains("Henk Mulder, Kees Smit", text); // who covers the Voorstraat
        Assert.Contains("Horecaoverleg binnenstad", text);
        Assert.Contains("Ingeschoven in de KVU", text);
        Assert.Contains("Taken van de projectleider: 2 van 8 afgerond", text);
        Assert.Contains("Succesfactoren · 1 van 10 in orde", text);
        Assert.Contains("Geen open punten", text);
    }

    [Fact]
    public void Shows_every_open_point_with_its_reason_most_severe_first()
    {
        var project = CardSamples.Empty();
        var points = FormationChecks.Evaluate(project);
        var texts = Texts(OverviewCard.Build(project, CardSamples.Dutch));

        Assert.NotEmpty(points);
        var positions = points.Select(p => texts.ToList().FindIndex(t => t == FormationText.OpenPointTitle(project, p, CardSamples.Dutch))).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.All(points, p => Assert.Contains(FormationText.OpenPointReason(p, CardSamples.Dutch), texts));
        Assert.Contains($"Open punten ({points.Count})", texts);
        Assert.Contains("Eerst regelen", texts);
    }

    [Fact]
    public void Lists_many_points_of_one_kind_on_one_line()
    {
        var project = CardSamples.Large();
        var text = AllText(OverviewCard.Build(project, CardSamples.Dutch));

        foreach (var point in FormationChecks.Evaluate(project))
        {
            Assert.Contains(FormationText.SubjectDisplayName(project, point, CardSamples.Dutch), text);
            Assert.Contains(FormationText.OpenPointReason(point, CardSamples.Dutch), text);
        }

        Assert.Contains("Melkweg: nog geen horecavertegenwoordiger voor dit gebied", text);
        Assert.Single(Texts(OverviewCard.Build(project, CardSamples.Dutch)), t => t.EndsWith(": nog geen plaatsvervanger", StringComparison.Ordinal));
    }

    [Fact]
    public void A_vacant_required_role_shows_as_an_open_seat_that_opens_its_edit()
    {
        var project = Zwolle(vacant: Ingrid);

        var card = OverviewCard.Build(project, CardSamples.Dutch);
        var vacantRow = Objects(card).Single(o => (string?)o["selectAction"]?["data"]?["target"] == "politie" && o["items"] is not null);

        Assert.Contains("Politie", AllText(vacantRow));
        Assert.Contains("Open plek", AllText(vacantRow));
        Assert.Contains("Vaste deelnemer", AllText(vacantRow));
        Assert.Contains("Politie: nog geen vertegenwoordiger in de werkgroep", AllText(card));
    }

    [Fact]
    public void Secretaris_later_and_not_yet_are_told_apart()
    {
        var project = CardSamples.Empty();
        Assert.Contains("Projectsecretaris", AllText(OverviewCard.Build(project, CardSamples.Dutch)));
        var facts = Facts(OverviewCard.Build(project, CardSamples.Dutch)).Where(o => (string?)o["title"] == "Projectsecretaris");
        Assert.Equal("Nog niet", (string?)Assert.Single(facts)["value"]);

        project.SecretarisLater(Marieke, Day(1));
        facts = Facts(OverviewCard.Build(project, CardSamples.Dutch)).Where(o => (string?)o["title"] == "Projectsecretaris");
        Assert.Equal("Later benoemen", (string?)Assert.Single(facts)["value"]);
    }

    [Fact]
    public void Each_member_row_edits_that_member()
    {
        var project = Zwolle();
        var card = OverviewCard.Build(project, CardSamples.Dutch);

        Assert.All(project.Members, m => Assert.True(HasData(card, (CardVerb.Field, "wijzig"), ("target", m.Id)), m.Id));
    }

    [Fact]
    public void Buttons_lead_to_edits_tasks_and_success_factors()
    {
        var card = OverviewCard.Build(Zwolle(), CardSamples.Dutch);
        var edit = Assert.Single(card["actions"]!.AsArray(), a => (string?)a!["type"] == "Action.ShowCard" && (string?)a["title"] == "Wijzig...")!;

        // One choice list and one button instead of a wall of 21 buttons.
        Assert.Equal("Wijzig...", (string?)edit["title"]);
        var list = Assert.Single(Objects(edit), o => (string?)o["type"] == "Input.ChoiceSet");
        Assert.Equal("target", (string?)list["id"]);
        var choices = list["choices"]!.AsArray().Select(c => ((string?)c!["title"], (string?)c["value"])).ToList();
        Assert.All(FormationCommands.Sections, s => Assert.Contains(choices, c => c.Item2 == s));
        Assert.All(RoleCatalog.All.Where(r => r != WerkgroepRole.Gemeente), r => Assert.Contains(choices, c => c.Item2 == RoleCatalog.Keywords(r)[0]));
        Assert.Contains(("Projectsecretaris", "secretaris"), choices);
        Assert.Equal("wijzig", (string?)Assert.Single(Submits(edit))["data"]![CardVerb.Field]);
        Assert.Equal("taken", (string?)SubmitTitled(card, "Taken")["data"]![CardVerb.Field]);
        Assert.Equal("succesfactoren", (string?)SubmitTitled(card, "Succesfactoren")["data"]![CardVerb.Field]);
    }

    [Fact]
    public void Shows_judgement_and_advice_for_each_success_factor()
    {
        var card = OverviewCard.Build(CardSamples.ZwolleUnderWay(), CardSamples.Dutch);
        string? Judgement(string line) => (string?)CardJson.Objects(card).Single(o => (string?)o["value"] == line)["title"];

        Assert.Equal("In orde", Judgement("Beslissingsbevoegdheid · advies: lijkt in orde"));
        Assert.Equal("Niet in orde", Judgement("Afspraken over begrippen · advies: bespreek in de werkgroep"));
        Assert.Equal("Open", Judgement("Ingewerkte plaatsvervanger · advies: lijkt in orde"));
    }

    [Fact]
    public void English_culture_gives_english()
    {
        var project = CardSamples.Empty();
        var text = AllText(OverviewCard.Build(project, CardSamples.English));

        Assert.Contains("Open points", text);
        Assert.Contains("Police: no representative in the working group yet", text);
        Assert.Contains("Tasks", text);
        Assert.Contains("Change...", text);
        Assert.Contains("Not yet", text);
        Assert.DoesNotContain("Open punten", text);
        Assert.DoesNotContain("Wijzig", text);
        Assert.Contains("Signed on 10 March 2026", AllText(OverviewCard.Build(Zwolle(), CardSamples.English)));
    }

    private static IEnumerable<JsonObject> Facts(JsonObject card) =>
        Objects(card).Where(o => (string?)o["type"] == "FactSet").SelectMany(o => o["facts"]!.AsArray().OfType<JsonObject>());
}
