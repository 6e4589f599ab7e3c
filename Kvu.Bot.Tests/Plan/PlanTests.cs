using System.Text.Json.Nodes;
using Kvu.Bot.Approvals;
using Kvu.Bot.Cycle;
using Kvu.Bot.Formation;
using Kvu.Bot.Plan;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Plan;

/// <summary>
/// The plan van aanpak through /api/messages on Azurite: the samenwerkingsstructuur and the evaluation plan, the plan
/// card from knelpunten to goals to measures with what is still missing, and the plan put to the werkgroep as a group
/// decision: adopted when everyone agreed, and a change afterwards makes the earlier approvals outdated.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PlanTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    private const string PlanId = "plan";

    private ProjectStore Projects => Bot.Services.GetRequiredService<ProjectStore>();

    private async Task<ApprovalExamples> PlanAsync()
    {
        var w = await new ApprovalExamples(Bot, Connector).SeedAsync(3);
        var pl = ApprovalExamples.Person(w.Projectleider);
        await Projects.UpdateAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id), p =>
        {
            p.SetIndicator("Incidenten per weekendnacht", 4.5m, new DateOnly(2026, 3, 1), pl, ApprovalExamples.Start);
            p.AddKnelpunt(KnelpuntTheme.Geweld, "Vechtpartijen bij sluitingstijd op de Grote Markt", SourceKind.Politiecijfers, pl, ApprovalExamples.Start);
            p.AddKnelpunt(KnelpuntTheme.Overlast, "Wildplassen in de Sassenstraat", SourceKind.SchouwNacht, pl, ApprovalExamples.Start);
            p.MovePhaseTo(KvuPhase.PlanVanAanpak, pl, ApprovalExamples.Start);
        }, CancellationToken.None);
        return w;
    }

    private TeamsChat Chat(TeamsActivity.User user, string locale = "nl-NL") =>
        new(Bot, Connector, TeamsActivity.NewPersonalConversationId(), locale, user);

    private async Task<KvuProject> ReadAsync(ApprovalExamples w) =>
        (await Projects.GetAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id), CancellationToken.None))!;

    private static string Read(JsonObject? card) => ApprovalExamples.Read(card ?? throw new InvalidOperationException("No card."));

    /// <summary>A complete plan: a SMART goal for k1 with a measure, a measure for k2, the samenwerkingsstructuur and the evaluation plan.</summary>
    private static async Task CompletePlanAsync(TeamsChat anna)
    {
        await anna.SayAsync("doel Minder geweld op straat; indicator Incidenten per weekendnacht; streefwaarde 3; datum 31-12-2027; knelpunt k1");
        await anna.SayAsync("maatregel Cameratoezicht Grote Markt; doel d1; partij Gemeente Zwolle; eigenaar Mark Jansen; start 01-01-2027; eind 31-12-2027; beslismoment 01-07-2027; beslisser burgemeester");
        await anna.SayAsync("maatregel Extra toiletten; knelpunt k2; partij Gemeente Zwolle; eigenaar Anna de Vries; start 01-04-2027; eind 30-09-2027; beslismoment 01-09-2027; beslisser de werkgroep; budget 8.000");
        await anna.SayAsync("samenwerking overleg elke 6 weken");
        await anna.SayAsync("samenwerking besluit Horecaverboden: burgemeester");
        await anna.SayAsync("evaluatieplan tussenmeting 01-06-2027");
        await anna.SayAsync("evaluatieplan nameting 01-03-2028");
    }

    [Fact]
    public async Task The_samenwerkingsstructuur_and_the_evaluation_plan_are_agreed_and_tick_their_checklist_items()
    {
        var w = await PlanAsync();
        var anna = Chat(w.Projectleider);

        await anna.SayAsync("samenwerking overleg elke 6 weken");
        Assert.Contains("Vastgelegd: de werkgroep overlegt elke 6 weken.", anna.LastText);
        await anna.SayAsync("samenwerking overleg elke 40 weken");
        Assert.Contains("De werkgroep overlegt elke 1 tot 26 weken", anna.LastText);
        await anna.SayAsync("samenwerking besluit Horecaverboden: burgemeester");
        Assert.Contains("Vastgelegd: over Horecaverboden beslist burgemeester.", anna.LastText);
        await anna.SayAsync("samenwerking besluit Maatregelen tot € 10.000: de werkgroep");
        await anna.SayAsync("samenwerking besluit Maatregelen tot € 10.000: weg");
        Assert.Contains("De afspraak over Maatregelen tot € 10.000 is weggehaald.", anna.LastText);
        await anna.SayAsync("samenwerking");
        Assert.Contains("Samenwerkingsstructuur Zwolle – Binnenstad\n\nDe werkgroep overlegt elke 6 weken.\nWie beslist wat:\n- Horecaverboden: burgemeester", anna.LastText);

        await anna.SayAsync("evaluatieplan nameting 01-03-2028");
        Assert.Contains("Gepland: Nameting op 1 maart 2028.", anna.LastText);
        await anna.SayAsync("evaluatieplan tussenmeting 01-06-2028");
        Assert.Contains("Een tussenmeting ligt vóór de nameting.", anna.LastText);
        await anna.SayAsync("evaluatieplan tussenmeting 01-06-2027");
        await anna.SayAsync("evaluatieplan");
        Assert.Contains("- Tussenmeting: 1 juni 2027\n- Nameting: 1 maart 2028\nGemeten worden de indicatoren uit de nulmeting: Incidenten per weekendnacht.", anna.LastText);

        await anna.SayAsync("fase");
        var phase = Read(anna.LastCard);
        Assert.Contains("4. Samenwerkingsstructuur afgesproken\nKlaar", phase);
        Assert.Contains("5. Tussenmetingen en nameting gepland\nKlaar", phase);

        await anna.SayAsync("evaluatieplan 01-06-2027 weg");
        Assert.Contains("De meting van 1 juni 2027 is uit het evaluatieplan gehaald.", anna.LastText);
        await anna.SayAsync("evaluatieplan 01-06-2027 weg");
        Assert.Contains("Op 1 juni 2027 staat geen meting gepland.", anna.LastText);
    }

    [Fact]
    public async Task In_english_the_cooperation_structure_and_the_evaluation_plan_are_entered()
    {
        var w = await PlanAsync();
        var anna = Chat(w.Projectleider, "en-US");

        await anna.SayAsync("cooperation meets every 4 weeks");
        Assert.Contains("Saved: the werkgroep meets every 4 weeks.", anna.LastText);
        await anna.SayAsync("evaluation plan final 01-03-2028");
        Assert.Contains("Planned: Final measurement on 1 March 2028.", anna.LastText);
        await anna.SayAsync("evaluation plan interim 01-04-2028");
        Assert.Contains("An interim measurement lies before the final measurement.", anna.LastText);
    }

    [Fact]
    public async Task The_plan_card_runs_from_knelpunten_to_goals_to_measures_and_names_what_is_missing()
    {
        var w = await PlanAsync();
        var anna = Chat(w.Projectleider);
        await anna.SayAsync("doel Minder geweld op straat; indicator Incidenten per weekendnacht; streefwaarde 3; datum 31-12-2027; knelpunt k1");
        await anna.SayAsync("doel Minder overlast");

        await anna.SayAsync("plan");
        var card = Read(anna.LastCard);
        Assert.Contains("Plan van aanpak Zwolle – Binnenstad", card);
        Assert.Contains("Nog niet voorgelegd aan de werkgroep.", card);
        Assert.Contains("d1 Minder geweld op straat\nSMART: Incidenten per weekendnacht van 4,5 naar 3 vóór 31 december 2027\nVoor knelpunt k1", card);
        Assert.Contains("k1 (Geweld) Vechtpartijen bij sluitingstijd op de Grote Markt\nAangepakt met d1", card);
        Assert.Contains("k2 (Overlast) Wildplassen in de Sassenstraat\nNog niet aangepakt: geen doel of maatregel", card);
        Assert.Contains("- Knelpunt k2 heeft nog geen doel of maatregel.", card);
        Assert.Contains("- Doel d2 is nog niet SMART.", card);
        Assert.Contains("- Doel d1 heeft nog geen maatregel.", card);
        Assert.Contains("- De nameting (evaluatieplan nameting 01-06-2029).", card);
        Assert.Equal(["Maatregel toevoegen", "Alle maatregelen", "Voorleggen aan de werkgroep"], ApprovalExamples.Buttons(anna.LastCard!));
        Assert.Empty(await AdaptiveCardValidator.ValidateAsync(anna.LastCard!));

        await anna.SayAsync("doel Minder overlast; indicator Incidenten per weekendnacht; streefwaarde 2; datum 31-12-2027; knelpunt k2");
        await CompletePlanAsync(anna);
        await anna.SayAsync("plan");
        card = Read(anna.LastCard);
        Assert.Contains("- mr1 Cameratoezicht Grote Markt · Gemeente Zwolle · 1 januari 2027 – 31 december 2027", card);
        Assert.Contains("Aangepakt met d2, mr2", card);
        Assert.EndsWith("Wat nog ontbreekt\n- Doel d2 heeft nog geen maatregel.", card.TrimEnd());

        await anna.SayAsync("maatregel Voorlichting; doel d2; partij KHN; eigenaar Fatima el Amrani; start 01-05-2027; eind 01-10-2027; beslismoment 01-09-2027; beslisser de werkgroep");
        await anna.SayAsync("plan");
        Assert.Contains("Wat nog ontbreekt\nNiets: het plan is compleet.", Read(anna.LastCard));
    }

    [Fact]
    public async Task The_plan_is_adopted_by_the_werkgroep_and_a_change_afterwards_makes_the_approvals_outdated()
    {
        var w = await PlanAsync();
        var anna = await w.LinkChannelAsync();
        await CompletePlanAsync(anna);

        await anna.SayAsync("voorleggen plan");
        Assert.Contains("Het plan van aanpak ligt voor bij de werkgroep (versie 1).", anna.LastText);
        var posted = Read(w.SentInChannel().SelectMany(s => s.Cards).Last());
        Assert.Contains("Plan van aanpak", posted);
        Assert.Contains("Doel d1", posted);
        Assert.Contains("Minder geweld op straat · maatregelen: 1", posted);
        Assert.Contains("Overleg", posted);
        Assert.Contains("elke 6 weken", posted);
        Assert.Contains("Nameting", posted);
        Assert.Contains("2 in totaal", posted);

        foreach (var member in w.Members)
        {
            await w.InvokeAsync(member, ApprovalVerbs.Agree, ApprovalExamples.Data(PlanId, w.Project.Id));
        }

        var adopted = await ReadAsync(w);
        Assert.Equal(1, adopted.PlanApproved?.Version);
        await anna.SayAsync("plan");
        Assert.Contains("Vastgesteld door de werkgroep: versie 1 op", Read(anna.LastCard));

        // A change after adoption: the plan is put again as version 2, and the three agreements are to version 1.
        await anna.SayAsync("maatregel mr1");
        await anna.ClickAsync("Bewaren", new Dictionary<string, string> { ["end"] = "2028-02-28" });
        var snapshot = (await Bot.Services.GetRequiredService<ApprovalStore>().ReadAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id), PlanId, CancellationToken.None))!;
        Assert.Equal((2, false, 0), (snapshot.Decision.Version, snapshot.Decision.Closed, snapshot.Tally.Agreed));
        await anna.SayAsync("plan");
        Assert.Contains("Gewijzigd na de vaststelling van versie 1 op", Read(anna.LastCard));
        Assert.Contains("versie 2 ligt voor, 0 van 3 akkoord.", Read(anna.LastCard));
        var refreshed = Read(await w.InvokeAsync(w.Members[0], ApprovalVerbs.Refresh, ApprovalExamples.Data(PlanId, w.Project.Id, version: 2)));
        Assert.Contains("Versie 2", refreshed);
    }

    [Fact]
    public async Task A_plan_of_a_hundred_measures_and_two_hundred_findings_fits_on_one_card()
    {
        var w = await PlanAsync();
        var anna = Chat(w.Projectleider);
        await CompletePlanAsync(anna);
        var store = Bot.Services.GetRequiredService<MeasureStore>();
        var findings = Bot.Services.GetRequiredService<FindingStore>();
        var by = ApprovalExamples.Person(w.Projectleider);
        await Parallel.ForEachAsync(Enumerable.Range(0, 200), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var id = string.Empty;
            if (i < 98)
            {
                await Projects.UpdateAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id), p => id = p.CountMeasure("m", by, ApprovalExamples.Start), ct);
                var values = new MeasureValues($"Maatregel {i} " + new string('x', 190), "d1", null, "Gemeente Zwolle", by,
                    new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), new DateOnly(2027, 6, 1), "de werkgroep", null);
                await store.AddAsync(w.Project, values.ToMeasure(w.Project.Id, id, by, ApprovalExamples.Start), ct);
            }

            await Projects.UpdateAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id), p => id = p.CountFinding(DayPart.Nacht, by, ApprovalExamples.Start), ct);
            await findings.AddAsync(new SchouwFinding(w.Project.Id, id, DayPart.Nacht, $"Plek {i}", new string('y', 290), by, ApprovalExamples.Start), ct);
        });

        await anna.SayAsync("plan");

        Assert.Contains("En nog 95; typ maatregelen voor de hele lijst.", Read(anna.LastCard));
        Assert.InRange(anna.LastCard!.ToJsonString().Length, 1, 28_000);
    }
}
