using System.Text.Json.Nodes;
using Kvu.Bot.Formation;
using Kvu.Bot.Plan;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Plan;

/// <summary>
/// The measures of the plan van aanpak through /api/messages on Azurite: typed in one message or entered on a card,
/// what is wrong named per field while the rest stays filled in, changed, cancelled, and listed per goal, in Dutch and
/// English; members read them and cannot change them; a hundred measures stay within Table storage's and Teams' limits.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class MeasureTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    private const string Typed = "maatregel Cameratoezicht Grote Markt; doel d1; partij gemeente zwolle; eigenaar Mark Jansen; start 01-01-2027; eind 31-12-2027; beslismoment 01-07-2027; beslisser burgemeester; budget € 25.000";

    private ProjectStore Projects => Bot.Services.GetRequiredService<ProjectStore>();

    private async Task<ApprovalExamples> PlanAsync()
    {
        var w = await new ApprovalExamples(Bot, Connector).SeedAsync(3);
        var pl = ApprovalExamples.Person(w.Projectleider);
        await Projects.UpdateAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id), p =>
        {
            p.SetIndicator("Incidenten per weekendnacht", 4.5m, new DateOnly(2026, 3, 1), pl, ApprovalExamples.Start);
            p.AddKnelpunt(KnelpuntTheme.Overlast, "Wildplassen in de Sassenstraat", SourceKind.SchouwNacht, pl, ApprovalExamples.Start);
            p.SetGoal("Minder geweld op straat", "Incidenten per weekendnacht", 3, new DateOnly(2027, 12, 31), pl, ApprovalExamples.Start);
            p.SetGoal("Minder overlast", null, null, null, pl, ApprovalExamples.Start);
            p.MovePhaseTo(KvuPhase.PlanVanAanpak, pl, ApprovalExamples.Start);
        }, CancellationToken.None);
        return w;
    }

    private TeamsChat Chat(TeamsActivity.User user, string locale = "nl-NL") =>
        new(Bot, Connector, TeamsActivity.NewPersonalConversationId(), locale, user);

    private static string Read(JsonObject? card) => ApprovalExamples.Read(card ?? throw new InvalidOperationException("No card."));

    private static string? Value(JsonObject card, string id) => (string?)TeamsChat.Inputs(card).Single(i => (string?)i["id"] == id)["value"];

    [Fact]
    public async Task A_measure_typed_in_one_message_is_saved_with_its_parts_and_listed_under_its_goal()
    {
        var w = await PlanAsync();
        var anna = Chat(w.Projectleider);

        await anna.SayAsync(Typed);
        Assert.Contains("Maatregel mr1 (Cameratoezicht Grote Markt) is bewaard bij doel d1 Minder geweld op straat: Gemeente Zwolle (Mark Jansen), 1 januari 2027 – 31 december 2027, beslismoment 1 juli 2027 (beslist: burgemeester), budget € 25.000.", anna.LastText);
        await anna.SayAsync("maatregel Extra handhavers bij sluitingstijd; knelpunt k1; partij Politie; eigenaar Karin Smit; start 01-03-2027; eind 01-10-2027; beslismoment 01-09-2027; beslisser de werkgroep");
        Assert.Contains("Maatregel mr2 (Extra handhavers bij sluitingstijd) is bewaard bij knelpunt k1 (Overlast) Wildplassen in de Sassenstraat", anna.LastText);
        Assert.DoesNotContain("budget", anna.LastText);

        await anna.SayAsync("maatregelen");
        Assert.Contains("Maatregelen van het plan van aanpak Zwolle – Binnenstad (2)", anna.LastText);
        Assert.Contains("**doel d1 Minder geweld op straat**\n- mr1 Cameratoezicht Grote Markt: Gemeente Zwolle (Mark Jansen), 1 januari 2027 – 31 december 2027", anna.LastText);
        Assert.Contains("**doel d2 Minder overlast**\n- nog geen maatregel", anna.LastText);
        Assert.Contains("**knelpunt k1 (Overlast) Wildplassen in de Sassenstraat**\n- mr2 Extra handhavers bij sluitingstijd: Politie (Karin Smit)", anna.LastText);

        var project = (await Projects.GetAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id), CancellationToken.None))!;
        var saved = (await Bot.Services.GetRequiredService<MeasureStore>().ListAsync(project, CancellationToken.None))[0];
        Assert.Equal(w.Members[0].AadObjectId, saved.Owner.AadObjectId); // Mark Jansen is in the werkgroep: his Teams account
        Assert.Equal(25_000m, saved.Budget);
        Assert.Contains(project.Decisions, d => d.Kind == DecisionKind.MeasureAdded && d.Subject == "mr2");
    }

    [Fact]
    public async Task On_the_card_each_wrong_field_says_what_is_wrong_and_everything_else_stays_filled_in()
    {
        var w = await PlanAsync();
        var anna = Chat(w.Projectleider);

        await anna.SayAsync("maatregel");
        Assert.Contains("Nieuwe maatregel voor het plan van aanpak", Read(anna.LastCard));
        Assert.Empty(await AdaptiveCardValidator.ValidateAsync(anna.LastCard!));
        await anna.ClickAsync("Bewaren", new Dictionary<string, string>
        {
            ["title"] = "Voorlichting aan bezoekers",
            ["for"] = "d2",
            ["party"] = "KHN",
            ["start"] = "2027-05-01",
            ["end"] = "2027-04-01",
            ["beslismoment"] = "2027-03-15",
            ["budget"] = "heel veel",
        });

        Assert.Equal("De maatregel is nog niet bewaard. Pas op de kaart aan: Trekker namens die partij, Einddatum, Wie beslist dan, Budget in euro's (mag leeg). Wat klopte, staat er al in.", anna.Last[0].VisibleText);
        var card = anna.LastCard!;
        var read = Read(card);
        Assert.Contains("Nog niet bewaard: 4 veld(en) hieronder kloppen nog niet.", read);
        Assert.Contains("Wie trekt de maatregel namens die partij? Vul een naam in.", read);
        Assert.Contains("De einddatum ligt vóór de startdatum.", read);
        Assert.Contains("Wie beslist op het beslismoment?", read);
        Assert.Contains("'heel veel' is geen bedrag.", read);
        Assert.DoesNotContain("Kies het doel", read);
        Assert.Equal(("Voorlichting aan bezoekers", "d2", "KHN", "2027-05-01", "2027-04-01"),
            (Value(card, "title"), Value(card, "for"), Value(card, "party"), Value(card, "start"), Value(card, "end")));
        Assert.Empty(await AdaptiveCardValidator.ValidateAsync(card));

        await anna.ClickAsync("Bewaren", new Dictionary<string, string>
        {
            ["owner"] = "Fatima el Amrani",
            ["end"] = "2027-10-01",
            ["decider"] = "de werkgroep",
            ["budget"] = "1.250,50",
        });
        Assert.Contains("Maatregel mr1 (Voorlichting aan bezoekers) is bewaard bij doel d2 Minder overlast: KHN (Fatima el Amrani), 1 mei 2027 – 1 oktober 2027, beslismoment 15 maart 2027 (beslist: de werkgroep), budget € 1.250,50.", anna.LastText);
    }

    [Fact]
    public async Task A_typed_measure_with_mistakes_comes_back_as_a_card_with_what_was_right_filled_in()
    {
        var w = await PlanAsync();
        var anna = Chat(w.Projectleider);

        await anna.SayAsync("maatregel Cameratoezicht; doel d9; partij Gemeente Zwolle; start 31-02-2027; kleur blauw");

        Assert.Contains("Deze delen begrijp ik niet: kleur blauw.", anna.LastText);
        var read = Read(anna.LastCard);
        Assert.Contains("'d9' is geen doel of knelpunt van dit plan. Kies uit: d1, d2, k1.", read);
        Assert.Contains("'31-02-2027' is geen datum.", read);
        Assert.Equal(("Cameratoezicht", "Gemeente Zwolle"), (Value(anna.LastCard!, "title"), Value(anna.LastCard!, "party")));

        await anna.ClickAsync("Annuleren");
        Assert.Contains("Niet bewaard: er is niets veranderd.", anna.LastText);
        await anna.SayAsync("maatregelen");
        Assert.Contains("Er zijn nog geen maatregelen.", anna.LastText);

        await anna.SayAsync("maatregel help");
        Assert.Contains("Een maatregel van het plan van aanpak hoort bij een doel", anna.LastText);
    }

    [Fact]
    public async Task A_measure_is_changed_on_its_card_and_a_member_reads_the_measures_but_cannot_change_them()
    {
        var w = await PlanAsync();
        var anna = Chat(w.Projectleider);
        await anna.SayAsync(Typed);

        await anna.SayAsync("maatregel mr1");
        Assert.Contains("Maatregel mr1 wijzigen", Read(anna.LastCard));
        Assert.Equal(("2027-07-01", "€ 25.000"), (Value(anna.LastCard!, "beslismoment"), Value(anna.LastCard!, "budget")));
        await anna.ClickAsync("Bewaren", new Dictionary<string, string> { ["party"] = "Politie", ["owner"] = "Henk Mulder" });
        Assert.Contains("Maatregel mr1 (Cameratoezicht Grote Markt) is gewijzigd, bij doel d1 Minder geweld op straat: Politie (Henk Mulder)", anna.LastText);
        await anna.SayAsync("maatregel mr7");
        Assert.Contains("Maatregel mr7 bestaat niet in dit plan.", anna.LastText);

        await Bot.Services.GetRequiredService<Kvu.Bot.Approvals.InvitationStore>().SaveAsync(new Kvu.Bot.Approvals.Invitation(TeamsActivity.TenantId, w.Project.Id, "Zwolle – Binnenstad", w.Project.Members[0].Id,
            w.Project.Members[0].Role, w.Project.Members[0].Organisation, w.Members[0].AadObjectId, w.Members[0].Name, w.Projectleider.AadObjectId, "a:pl", "nl-NL", ApprovalExamples.Start), CancellationToken.None);
        var mark = Chat(w.Members[0]);
        await mark.SayAsync("maatregelen");
        Assert.Contains("mr1 Cameratoezicht Grote Markt: Politie (Henk Mulder)", mark.LastText);
        await mark.SayAsync(Typed);
        Assert.Contains("Alleen de projectleider of de projectsecretaris kan dit invullen.", mark.LastText);
    }

    [Fact]
    public async Task In_english_a_measure_is_typed_and_a_wrong_budget_is_named()
    {
        var w = await PlanAsync();
        var anna = Chat(w.Projectleider, "en-US");

        await anna.SayAsync("measure CCTV on the Grote Markt; goal d1; party Gemeente Zwolle; owner Mark Jansen; start 01-01-2027; end 31-12-2027; decision point 01-07-2027; decided by the mayor; budget lots");
        Assert.Contains("The measure is not saved yet. Correct on the card: Budget in euros (may be empty).", anna.LastText);
        Assert.Contains("'lots' is not an amount.", Read(anna.LastCard));

        await anna.ClickAsync("Save", new Dictionary<string, string> { ["budget"] = "25,000" });
        Assert.Contains("Measure mr1 (CCTV on the Grote Markt) is saved under goal d1 Minder geweld op straat: Gemeente Zwolle (Mark Jansen), 1 January 2027 – 31 December 2027, decision point 1 July 2027 (decides: the mayor), budget €25,000.", anna.LastText);
    }

    [Fact]
    public async Task A_hundred_measures_entered_at_once_are_all_kept_and_the_list_stays_within_teams_limits()
    {
        var w = await PlanAsync();
        var store = Bot.Services.GetRequiredService<MeasureStore>();
        var by = ApprovalExamples.Person(w.Projectleider);

        await Parallel.ForEachAsync(Enumerable.Range(0, 100), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var id = string.Empty;
            await Projects.UpdateAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id), p => id = p.CountMeasure($"Maatregel {i}", by, ApprovalExamples.Start), ct);
            var values = new MeasureValues($"Maatregel {i} " + new string('x', 150), i % 2 == 0 ? "d1" : "d2", null, "Gemeente Zwolle", by,
                new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), new DateOnly(2027, 6, 1), "de werkgroep", 1000m + i);
            await store.AddAsync(w.Project, values.ToMeasure(w.Project.Id, id, by, ApprovalExamples.Start), ct);
        });

        var project = (await Projects.GetAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id), CancellationToken.None))!;
        Assert.Equal(Enumerable.Range(1, 100).Select(n => $"mr{n}"), (await store.ListAsync(project, CancellationToken.None)).Select(m => m.Id));
        var anna = Chat(w.Projectleider);
        await anna.SayAsync("maatregelen");
        Assert.Contains("(100)", anna.LastText);
        Assert.InRange(anna.LastText.Length, 1, 28_000);
    }
}
