using System.Text.Json.Nodes;
using Kvu.Bot.Approvals;
using Kvu.Bot.Cycle;
using Kvu.Bot.Formation;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Cycle;

/// <summary>
/// The Veiligheidsanalyse through the real /api/messages endpoint on Azurite: the projectleider enters kengetallen,
/// sources, knelpunten and indicators; members enter schouw findings from their own chat; the analysis card and the
/// phase checklist show them, in Dutch and in English. 200 findings stay within Table storage's and Teams' limits.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AnalysisTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    private ProjectStore Projects => Bot.Services.GetRequiredService<ProjectStore>();

    private async Task<ApprovalExamples> WerkgroepAsync()
    {
        var w = await new ApprovalExamples(Bot, Connector).SeedAsync(3);
        await Projects.UpdateAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id),
            p => p.MovePhaseTo(KvuPhase.Veiligheidsanalyse, ApprovalExamples.Person(w.Projectleider), ApprovalExamples.Start), CancellationToken.None);
        return w;
    }

    private TeamsChat Chat(TeamsActivity.User user, string locale = "nl-NL") =>
        new(Bot, Connector, TeamsActivity.NewPersonalConversationId(), locale, user);

    /// <summary>The member was invited to the project's seat: from then on the bot knows which project is theirs.</summary>
    private async Task InviteAsync(ApprovalExamples w, int member)
    {
        var seat = w.Project.Members[member];
        await Bot.Services.GetRequiredService<InvitationStore>().SaveAsync(new Invitation(TeamsActivity.TenantId, w.Project.Id, "Zwolle – Binnenstad", seat.Id, seat.Role,
            seat.Organisation, w.Members[member].AadObjectId, w.Members[member].Name, w.Projectleider.AadObjectId, "a:pl", "nl-NL", ApprovalExamples.Start), CancellationToken.None);
    }

    private static string Read(JsonObject? card) => ApprovalExamples.Read(card ?? throw new InvalidOperationException("No card."));

    [Fact]
    public async Task The_projectleider_enters_the_analysis_and_the_card_and_checklist_show_it()
    {
        var w = await WerkgroepAsync();
        var chat = Chat(w.Projectleider);

        await chat.SayAsync("gebied inwoners: 2.300");
        Assert.Contains("Vastgelegd: Inwoners: 2.300.", chat.LastText);
        await chat.SayAsync("bron politie: Bureau Zwolle, 15-04-2026");
        Assert.Contains("Politiecijfers wordt geleverd door Bureau Zwolle, uiterlijk 15 april 2026.", chat.LastText);
        await chat.SayAsync("bron veiligheidsmonitor: Gemeente Zwolle, 01-05-2026");
        await chat.SayAsync("bron politie ontvangen 10-04-2026");
        Assert.Contains("Politiecijfers ontvangen op 10 april 2026.", chat.LastText);
        await chat.SayAsync("knelpunt geweld: vechtpartijen bij sluitingstijd op de Grote Markt; bron politie");
        Assert.Contains("Knelpunt vastgelegd onder Geweld (bron: Politiecijfers).", chat.LastText);
        await chat.SayAsync("knelpunt overlast: wildplassen in de Sassenstraat; bron schouw nacht");
        await chat.SayAsync("indicator Incidenten per weekendnacht = 4,5 op 01-03-2026");
        Assert.Contains("Indicator Incidenten per weekendnacht: nulmeting 4,5 op 1 maart 2026.", chat.LastText);
        await chat.SayAsync("knelpunt geweld: zonder bron");
        Assert.Contains("Typ bijvoorbeeld: knelpunt geweld:", chat.LastText);

        await chat.SayAsync("analyse");
        var card = Read(chat.LastCard);
        Assert.Contains("Veiligheidsanalyse Zwolle – Binnenstad", card);
        Assert.Contains("Inwoners 2.300", card);
        Assert.Contains("Grenzen van het gebied nog niet ingevuld", card);
        Assert.Contains("Politiecijfers (mag niet ontbreken)", card);
        Assert.Contains("Ontvangen op 10 april 2026 · van Bureau Zwolle", card);
        Assert.Contains("Levert: Gemeente Zwolle · uiterlijk 1 mei 2026", card);
        Assert.Contains("Interviews", card);
        Assert.DoesNotContain("Interviews (mag niet ontbreken)", card);
        Assert.Contains("vechtpartijen bij sluitingstijd op de Grote Markt (bron: Politiecijfers)", card);
        Assert.Contains("wildplassen in de Sassenstraat (bron: Schouw 's nachts)", card);
        Assert.Contains("Incidenten per weekendnacht: 4,5 op 1 maart 2026", card);
        Assert.All(await AdaptiveCardValidator.ValidateAsync([chat.LastCard!]), p => Assert.Empty(p));

        await chat.SayAsync("fase");
        var phase = Read(chat.LastCard);
        Assert.Contains("Checklist van deze fase (3 van 10 klaar)", phase);
        Assert.Contains("Bron ontvangen: Veiligheidsmonitor", phase);
        Assert.Contains("Nog open · eigenaar: Gemeente Zwolle · uiterlijk 1 mei 2026", phase);
    }

    [Fact]
    public async Task A_member_enters_schouw_findings_from_their_own_chat_and_cannot_change_the_rest()
    {
        var w = await WerkgroepAsync();
        await InviteAsync(w, 0);
        var mark = Chat(w.Members[0]);

        await mark.SayAsync("bevinding nacht Grote Markt: glasscherven en een vechtpartij na sluitingstijd");
        Assert.Contains("Dank je. Bevinding f1 ('s nachts, Grote Markt) staat in de veiligheidsanalyse.", mark.LastText);
        await mark.SayAsync("bevinding dag Sassenstraat: afval van de avond ervoor");
        Assert.Contains("Bevinding f2 (overdag, Sassenstraat)", mark.LastText);
        await mark.SayAsync("bevinding Grote Markt zonder dagdeel");
        Assert.Contains("Typ bijvoorbeeld: bevinding nacht Grote Markt:", mark.LastText);

        await mark.SayAsync("bron politie ontvangen");
        Assert.Contains("Alleen de projectleider of de projectsecretaris kan dit invullen.", mark.LastText);

        var stranger = Chat(ApprovalExamples.NewUser("Mark Jansen"));
        await stranger.SayAsync("bevinding nacht Grote Markt: niets");
        Assert.Contains("Ik vind geen KVU-project van jou.", stranger.LastText);

        var anna = Chat(w.Projectleider);
        await anna.SayAsync("bevindingen");
        Assert.Contains("Schouwbevindingen Zwolle – Binnenstad: 1 overdag, 1 's nachts", anna.LastText);
        Assert.Contains("f1 · 's nachts · Grote Markt: glasscherven en een vechtpartij na sluitingstijd (Mark Jansen)", anna.LastText);
        Assert.Contains("f2 · overdag · Sassenstraat: afval van de avond ervoor (Mark Jansen)", anna.LastText);
        await anna.SayAsync("fase");
        Assert.Contains("Schouw bij dag en bij nacht met bevindingen", Read(anna.LastCard));
        Assert.Contains("(1 van 10 klaar)", Read(anna.LastCard));
    }

    [Fact]
    public async Task In_english_a_member_enters_a_finding_and_the_projectleider_a_source()
    {
        var w = await WerkgroepAsync();
        await InviteAsync(w, 1);

        var fatima = Chat(w.Members[1], "en-US");
        await fatima.SayAsync("finding night Station square: people queueing for taxis on the road");
        Assert.Contains("Thank you. Finding f1 (by night, Station square) is in the safety analysis.", fatima.LastText);

        var anna = Chat(w.Projectleider, "en-US");
        await anna.SayAsync("source police: Zwolle police station, 15-04-2026");
        Assert.Contains("Police figures is delivered by Zwolle police station, due 15 April 2026.", anna.LastText);
        await anna.SayAsync("bottleneck violence: fights at closing time; source police");
        Assert.Contains("Knelpunt saved under Violence (source: Police figures).", anna.LastText);
        await anna.SayAsync("indicator Incidents per weekend night = 4.5 on 01-03-2026");
        Assert.Contains("Indicator Incidents per weekend night: baseline 4.5 on 1 March 2026.", anna.LastText);

        await anna.SayAsync("analysis");
        var card = Read(anna.LastCard);
        Assert.Contains("Safety analysis Zwolle – Binnenstad", card);
        Assert.Contains("Police figures (may not be missing)", card);
        Assert.Contains("Schouw: 0 findings by day, 1 by night", card);
        Assert.Contains("f1 · by night · Station square: people queueing for taxis on the road (Fatima el Amrani)", card);
    }

    [Fact]
    public async Task Two_hundred_findings_entered_at_once_are_all_kept_and_the_cards_stay_within_teams_limits()
    {
        var w = await WerkgroepAsync();
        var findings = Bot.Services.GetRequiredService<FindingStore>();
        var by = ApprovalExamples.Person(w.Members[0]);

        // Members entering findings at the same moment: each gets its own number from the project's counter (ETags).
        await Parallel.ForEachAsync(Enumerable.Range(0, 200), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var when = i % 2 == 0 ? DayPart.Nacht : DayPart.Dag;
            var id = string.Empty;
            await Projects.UpdateAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id), p => id = p.CountFinding(when, by, ApprovalExamples.Start), ct);
            await findings.AddAsync(new SchouwFinding(w.Project.Id, id, when, $"Plek {i}", new string('x', 290), by, ApprovalExamples.Start), ct);
        });

        var project = (await Projects.GetAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id), CancellationToken.None))!;
        Assert.Equal((100, 100, 200), (project.Analysis.FindingsByDay, project.Analysis.FindingsByNight, project.Analysis.LastFindingNumber));
        var stored = await findings.ListAsync(project, CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, 200).Select(n => $"f{n}"), stored.Select(f => f.Id));

        var anna = Chat(w.Projectleider);
        await anna.SayAsync("analyse");
        Assert.InRange(anna.LastCard!.ToJsonString().Length, 1, 28_000);
        Assert.Contains("Schouw: 100 bevindingen overdag, 100 's nachts", Read(anna.LastCard));
        await anna.SayAsync("bevindingen");
        Assert.Contains("En 150 eerdere; ze staan allemaal in de veiligheidsanalyse.", anna.LastText);
        Assert.InRange(anna.LastText.Length, 1, 28_000);
    }
}
