using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kvu.Bot.Approvals;
using Kvu.Bot.Formation;
using Kvu.Bot.Privacy;
using Kvu.Bot.Storage;
using Kvu.Bot.Storage.PersonalData;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kvu.Bot.Tests.Evaluation;

/// <summary>
/// The werkgroep evaluates its own cooperation: the projectleider starts it, every member gets a card in their own
/// chat and scores the ten success factors; the werkgroep sees the aggregate only, once closed and only where at least
/// three scored a factor; nobody sees another member's scores; closing offers a new round that carries the
/// indicators (the nameting as the new nulmeting) and the open knelpunten over; the AVG still exports and erases.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class CooperationTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    private static readonly DateTimeOffset Today = new(2027, 6, 15, 10, 0, 0, TimeSpan.FromHours(2));

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Today));

    private sealed record Werkgroep(ApprovalExamples W, TeamsChat Projectleider, IReadOnlyList<string> MemberChats);

    /// <summary>Four members in phase Evaluatie; the first three have a chat with the bot, the fourth never opened it.</summary>
    private async Task<Werkgroep> EvaluatieAsync()
    {
        var w = await new ApprovalExamples(Bot, Connector).SeedAsync(4);
        var pl = ApprovalExamples.Person(w.Projectleider);
        await Bot.Services.GetRequiredService<ProjectStore>().UpdateAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id), p =>
        {
            var start = ApprovalExamples.Start;
            p.SetIndicator("Incidenten per weekendnacht", 4.5m, new DateOnly(2026, 3, 1), pl, start);
            p.AddKnelpunt(KnelpuntTheme.Geweld, "Vechtpartijen bij sluitingstijd op de Grote Markt", SourceKind.Politiecijfers, pl, start);
            p.AddKnelpunt(KnelpuntTheme.Overlast, "Wildplassen in de Sassenstraat", SourceKind.SchouwNacht, pl, start);
            p.SetGoal("Minder geweld op straat", "Incidenten per weekendnacht", 3m, new DateOnly(2027, 12, 31), pl, start);
            p.RecordMeting("i1", MetingKind.Nameting, 2.9m, new DateOnly(2027, 6, 1), "politie", pl, Today);
            p.MovePhaseTo(KvuPhase.Evaluatie, pl, Today);
        }, CancellationToken.None);
        var chats = new List<string>();
        foreach (var member in w.Members.Take(3))
        {
            var conversationId = TeamsActivity.NewPersonalConversationId();
            await Bot.Services.GetRequiredService<ConversationStore>().SaveAsync(new ConversationAddress(TeamsActivity.TenantId, conversationId, ConversationKind.Personal,
                Connector.ServiceUrl, "msteams", TeamsActivity.BotId, TeamsActivity.BotName, null, null, null, Today), CancellationToken.None);
            await Bot.Services.GetRequiredService<InvitationStore>().RememberReachAsync(TeamsActivity.TenantId, member.AadObjectId, conversationId, CancellationToken.None);
            chats.Add(conversationId);
        }

        return new Werkgroep(w, new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), "nl-NL", w.Projectleider), chats);
    }

    [Fact]
    public async Task Members_score_the_success_factors_on_their_own_card_and_the_werkgroep_sees_only_the_aggregate()
    {
        var (w, pl, chats) = await EvaluatieAsync();

        await pl.SayAsync("evaluatie starten");
        Assert.Contains("Een kaart ging naar: Mark Jansen, Fatima el Amrani, Henk Mulder.", pl.LastText);
        Assert.Contains("Niet bereikbaar: Lid 4.", pl.LastText);
        Assert.Contains("0 van de 4 leden hebben geantwoord.", pl.LastText);

        var survey = Assert.Single(Connector.SentTo(chats[0]).SelectMany(a => a.Cards));
        Assert.Contains("1. Gesprekspartners hebben voldoende beslissingsbevoegdheid om activiteiten te kunnen uitvoeren", ApprovalExamples.Read(survey));
        Assert.Equal(["Versturen"], ApprovalExamples.Buttons(survey));

        // A comment without a score, and a score that is not 1 to 5: said next to the factor, the rest kept.
        var wrong = await AnswerAsync(w.Members[0], chats[0], survey, new()
        {
            ["score.SufficientDecisionAuthority"] = "4", ["comment.SufficientDecisionAuthority"] = "Goede mandaten",
            ["comment.JointApproach"] = "Weet ik niet", ["score.AgreedTerms"] = "7",
        });
        var wrongText = ApprovalExamples.Read(wrong);
        Assert.Contains("Geef deze factor ook een cijfer, of laat de toelichting leeg.", wrongText);
        Assert.Contains("Kies een cijfer van 1 tot 5.", wrongText);
        Assert.Equal("4", (string?)Input(wrong, "score.SufficientDecisionAuthority")["value"]);
        Assert.Equal("Goede mandaten", (string?)Input(wrong, "comment.SufficientDecisionAuthority")["value"]);

        var mark = await AnswerAsync(w.Members[0], chats[0], survey, new() { ["score.SufficientDecisionAuthority"] = "4", ["comment.SufficientDecisionAuthority"] = "Goede mandaten" });
        Assert.Contains("Je antwoord is verstuurd (15 juni 2027).", ApprovalExamples.Read(mark));
        Assert.Contains("1. Gesprekspartners hebben voldoende beslissingsbevoegdheid om activiteiten te kunnen uitvoeren: **4**\nGoede mandaten", ApprovalExamples.Read(mark));
        Assert.Equal(["Antwoord wijzigen"], ApprovalExamples.Buttons(mark));

        await AnswerAsync(w.Members[1], chats[1], survey, new() { ["score.SufficientDecisionAuthority"] = "5", ["score.BalancedRepresentation"] = "2" });
        await AnswerAsync(w.Members[2], chats[2], survey, new() { ["score.SufficientDecisionAuthority"] = "2", ["comment.SufficientDecisionAuthority"] = "Politie moet steeds terugkoppelen" });

        await pl.SayAsync("opgelost k2");
        Assert.Contains("Knelpunt k2 is opgelost", pl.LastText);

        // While it runs: how many answered, no figures (each new answer would show what it was).
        await pl.SayAsync("evaluatie");
        Assert.Contains("3 van de 4 leden hebben geantwoord.", ApprovalExamples.Read(pl.LastCard!));
        Assert.DoesNotContain("gemiddeld", ApprovalExamples.Read(pl.LastCard!));
        Assert.Equal(["Evaluatie afsluiten", "Opnieuw sturen aan wie niet antwoordde"], ApprovalExamples.Buttons(pl.LastCard!));

        await pl.ClickAsync("Evaluatie afsluiten");
        var results = ApprovalExamples.Read(pl.LastCard!);
        Assert.Contains("3 van de 4 leden hebben geantwoord.", results);
        Assert.Contains("1. Gesprekspartners hebben voldoende beslissingsbevoegdheid om activiteiten te kunnen uitvoeren\ngemiddeld 3,7 uit 3 antwoorden · 1: 0 · 2: 1 · 3: 0 · 4: 1 · 5: 1\n– Goede mandaten\n– Politie moet steeds terugkoppelen", results);
        Assert.Contains("2. Organisaties zijn niet over- of ondervertegenwoordigd in de projectgroep\nte weinig antwoorden om te tonen (1; minstens 3 nodig", results);
        Assert.All(w.Members.Select(m => m.Name), name => Assert.DoesNotContain(name, results));
        Assert.Contains("k1 – Geweld: Vechtpartijen bij sluitingstijd op de Grote Markt", results);
        Assert.DoesNotContain("Wildplassen", results);
        Assert.Contains("Nieuwe ronde voorstellen", ApprovalExamples.Buttons(pl.LastCard!));

        // Closed: an answer no longer changes, and the card says so.
        var late = await AnswerAsync(w.Members[0], chats[0], survey, new() { ["score.SufficientDecisionAuthority"] = "1" });
        Assert.Contains("De evaluatie is afgesloten op 15 juni 2027; je antwoord telt mee in de uitkomst.", ApprovalExamples.Read(late));
        Assert.Contains("**4**", ApprovalExamples.Read(late));
        Assert.Empty(ApprovalExamples.Buttons(late));

        Assert.All(await AdaptiveCardValidator.ValidateAsync([survey, wrong, mark, late, pl.LastCard!]), Assert.Empty);

        // The offer: the new round is proposed to the werkgroep as a phase move, as every phase move is.
        await pl.ClickAsync("Nieuwe ronde voorstellen");
        Assert.Contains("Je stelt de werkgroep voor naar Veiligheidsanalyse te gaan", pl.LastText);
    }

    [Fact]
    public async Task A_member_cannot_see_another_members_scores()
    {
        var (w, pl, chats) = await EvaluatieAsync();
        await pl.SayAsync("evaluatie starten");
        var survey = Connector.SentTo(chats[0]).SelectMany(a => a.Cards).Single();
        await AnswerAsync(w.Members[0], chats[0], survey, new() { ["score.SufficientDecisionAuthority"] = "1", ["comment.SufficientDecisionAuthority"] = "Geheim oordeel" });

        // Fatima opens Mark's card data (all a card carries is the project and the round): she sees her own, empty form.
        var data = (JsonObject)survey["refresh"]!["action"]!["data"]!.DeepClone();
        var hers = await InvokeAsync(w.Members[1], chats[1], "evaluation.survey.show", data);
        Assert.DoesNotContain("Geheim oordeel", hers.ToJsonString());
        Assert.Null(Input(hers, "score.SufficientDecisionAuthority")["value"]);
        Assert.Equal([w.Members[1].AadObjectId], hers["refresh"]!["userIds"]!.AsArray().Select(n => (string)n!));

        // Someone outside the werkgroep, with the same data, is refused.
        var outsider = ApprovalExamples.NewUser("Eva Buiten");
        var refused = await InvokeAsync(outsider, TeamsActivity.NewPersonalConversationId(), "evaluation.survey.show", data);
        Assert.Contains("Deze evaluatie is voor de leden van de werkgroep van dit project", ApprovalExamples.Read(refused));

        // Two answers are not shown as an average either, also not once closed.
        await AnswerAsync(w.Members[1], chats[1], survey, new() { ["score.SufficientDecisionAuthority"] = "5" });
        await pl.SayAsync("evaluatie afsluiten");
        Assert.DoesNotContain("Geheim oordeel", pl.LastText);
        Assert.Contains("te weinig antwoorden om te tonen (2; minstens 3 nodig", pl.LastText);

        // Mark's card, refreshed for him, still shows his own answer.
        Assert.Contains("Geheim oordeel", ApprovalExamples.Read(await InvokeAsync(w.Members[0], chats[0], "evaluation.survey.show", data)));
    }

    [Fact]
    public async Task A_new_round_starts_from_the_nameting_with_the_open_knelpunten_and_the_avg_keeps_working()
    {
        var (w, pl, chats) = await EvaluatieAsync();
        await pl.SayAsync("evaluatie starten");
        var survey = Connector.SentTo(chats[0]).SelectMany(a => a.Cards).Single();
        await AnswerAsync(w.Members[0], chats[0], survey, new() { ["score.JointApproach"] = "3", ["comment.JointApproach"] = "Mark Jansen trekt alles naar zich toe" });
        await pl.SayAsync("opgelost k2");

        // Export: Mark's own answer, nobody else's.
        var privacy = Bot.Services.GetRequiredService<PersonalDataService>();
        var scope = new PersonalDataScope(TeamsActivity.TenantId, [w.Project.Id], false);
        var (_, export) = await privacy.ExportAsync(scope, "Mark Jansen", CancellationToken.None);
        Assert.Contains("cooperationAnswer", export!.ToJsonString());
        Assert.Contains("JointApproach", export.ToJsonString());

        // Erasure keeps the score in the aggregate, under the seat's id, with his name out of the comment.
        await privacy.EraseAsync(scope, "Mark Jansen", CancellationToken.None);
        var store = Bot.Services.GetRequiredService<Kvu.Bot.Evaluation.CooperationStore>();
        var project = (await Bot.Services.GetRequiredService<ProjectStore>().GetAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id), CancellationToken.None))!;
        var answer = Assert.Single(await store.ListAnswersAsync(project, 1, CancellationToken.None));
        Assert.StartsWith(ErasedPerson.Name, answer.RespondentAadObjectId);
        Assert.Equal(3, answer.Scores.Single().Score);
        Assert.DoesNotContain("Mark", answer.Scores.Single().Comment);
        (_, export) = await privacy.ExportAsync(scope, "Fatima el Amrani", CancellationToken.None);
        Assert.DoesNotContain("cooperationAnswer", export!.ToJsonString());

        // The werkgroep approved the new round (the phase settler moves the project like this).
        var pl1 = ApprovalExamples.Person(w.Projectleider);
        project = (await Bot.Services.GetRequiredService<ProjectStore>().UpdateAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id),
            p => p.MovePhase(KvuPhase.Evaluatie, KvuPhase.Veiligheidsanalyse, 2, "fase v1", pl1, Today), CancellationToken.None))!;
        Assert.Equal((KvuPhase.Veiligheidsanalyse, 2), (project.Phase, project.Round));
        Assert.Equal(new PhaseStay(KvuPhase.Veiligheidsanalyse, 2, Today, "fase v1"), project.History[^1]);
        var indicator = Assert.Single(project.Analysis.Indicators);
        Assert.Equal((2.9m, new DateOnly(2027, 6, 1)), (indicator.Baseline, indicator.BaselineOn));
        Assert.Equal(["k1"], project.Analysis.Knelpunten.Select(k => k.Id));
        Assert.Empty(project.Analysis.Sources);
        Assert.Equal(4, project.Members.Count);

        // In the new round a new evaluation, and the metingen start from the new nulmeting.
        await pl.SayAsync("evaluatie");
        Assert.Contains("ronde 2", ApprovalExamples.Read(pl.LastCard!));
        Assert.Contains("Er loopt in deze ronde nog geen evaluatie van de samenwerking.", ApprovalExamples.Read(pl.LastCard!));
        await pl.SayAsync("metingen");
        Assert.Contains("Incidenten per weekendnacht: nulmeting 2,9 op 1 juni 2027\nNog geen meting in deze ronde.", ApprovalExamples.Read(pl.LastCard!));

        // Going back to the Evaluatie of round 1 puts round 1's analysis back.
        project = (await Bot.Services.GetRequiredService<ProjectStore>().UpdateAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id),
            p => p.MovePhase(KvuPhase.Veiligheidsanalyse, KvuPhase.Evaluatie, 1, "fase v2", pl1, Today), CancellationToken.None))!;
        Assert.Equal(4.5m, project.Analysis.Indicators.Single().Baseline);
        Assert.Equal(2, project.Analysis.Knelpunten.Count);
    }

    private Task<JsonObject> AnswerAsync(TeamsActivity.User member, string conversationId, JsonObject survey, Dictionary<string, string> fields)
    {
        var action = survey["actions"]!.AsArray().OfType<JsonObject>().Single(a => (string?)a["title"] == "Versturen");
        var data = (JsonObject)action["data"]!.DeepClone();
        foreach (var (key, value) in fields)
        {
            data[key] = value;
        }

        return InvokeAsync(member, conversationId, (string)action["verb"]!, data);
    }

    private async Task<JsonObject> InvokeAsync(TeamsActivity.User user, string conversationId, string verb, JsonObject data)
    {
        var teams = new TeamsActivity(Connector.ServiceUrl);
        var response = await Bot.PostActivityAsync(teams.AdaptiveCardInvoke(conversationId, verb, data, user, conversationType: "personal"));
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body!["value"] as JsonObject ?? throw new InvalidOperationException(body.ToJsonString());
    }

    private static JsonObject Input(JsonObject card, string id) => TeamsChat.Inputs(card).Single(i => (string?)i["id"] == id);
}
