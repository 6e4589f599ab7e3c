using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kvu.Bot.Formation;
using Kvu.Bot.Plan;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kvu.Bot.Tests.Evaluation;

/// <summary>
/// The voortgangsmatrix maatregelen through /api/messages: a measure's owner sets its state and a note from the card
/// in her own chat (answered in place), nobody else but the projectleider can; the matrix shows every measure by party
/// and by goal, with what is over tijd marked.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ProgressTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    private static readonly DateTimeOffset Today = new(2027, 6, 15, 10, 0, 0, TimeSpan.FromHours(2));

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Today));

    [Fact]
    public async Task The_owner_updates_her_measure_in_place_and_the_matrix_shows_it_by_party_and_by_goal()
    {
        var w = await new ApprovalExamples(Bot, Connector).SeedAsync(2);
        var pl = ApprovalExamples.Person(w.Projectleider);
        var mark = ApprovalExamples.Person(w.Members[0]);
        var projects = Bot.Services.GetRequiredService<ProjectStore>();
        var project = (await projects.UpdateAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id), p =>
        {
            p.SetIndicator("Incidenten per weekendnacht", 4.5m, new DateOnly(2026, 3, 1), pl, ApprovalExamples.Start);
            p.SetGoal("Minder geweld op straat", "Incidenten per weekendnacht", 3m, new DateOnly(2027, 12, 31), pl, ApprovalExamples.Start);
            p.CountMeasure("Cameratoezicht Grote Markt", pl, Today);
            p.CountMeasure("Collectief horecaverbod", pl, Today);
        }, CancellationToken.None))!;
        var store = Bot.Services.GetRequiredService<MeasureStore>();
        await store.AddAsync(project, Measure(project, "mr1", "Cameratoezicht Grote Markt", "Gemeente Zwolle", mark, new DateOnly(2027, 12, 31), pl), CancellationToken.None);
        await store.AddAsync(project, Measure(project, "mr2", "Collectief horecaverbod", "KHN Zwolle", pl, new DateOnly(2027, 5, 31), pl), CancellationToken.None);
        var chat = new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), "nl-NL", w.Projectleider);

        await chat.SayAsync("voortgang");
        var matrix = ApprovalExamples.Read(chat.LastCard!);
        Assert.Contains("2 maatregelen: 2 gepland, 0 lopen, 0 gereed, 0 vertraagd, 0 gestopt; 1 over tijd.", matrix);
        Assert.Contains("Per partij\nGemeente Zwolle\nmr1 Cameratoezicht Grote Markt – gepland, tot 31 december 2027 (Mark Jansen)\nKHN Zwolle\nmr2 Collectief horecaverbod – gepland, tot 31 mei 2027 (Anna de Vries) – over tijd", matrix);
        Assert.Contains("Per doel\nd1 Minder geweld op straat\nmr1", matrix);

        // Mark updates his measure from the card; Fatima, who owns none, cannot.
        var markChat = TeamsActivity.NewPersonalConversationId();
        var shown = await InvokeAsync(w.Members[0], markChat, "evaluation.progress.show", project.Id, "mr1", []);
        Assert.Contains("Stand gepland (nog niet bijgewerkt)", ApprovalExamples.Read(shown));
        var saved = await InvokeAsync(w.Members[0], markChat, "evaluation.progress.save", project.Id, "mr1", new() { ["state"] = "Loopt", ["note"] = "Camera's besteld, plaatsing in juli" });
        Assert.Contains("Bijgewerkt: loopt.", ApprovalExamples.Read(saved));
        Assert.Equal("Camera's besteld, plaatsing in juli", (string?)TeamsChat.Inputs(saved).Single(i => (string?)i["id"] == "note")["value"]);
        Assert.Equal([w.Members[0].AadObjectId], saved["refresh"]!["userIds"]!.AsArray().Select(n => (string)n!));
        var refused = await InvokeAsync(w.Members[1], TeamsActivity.NewPersonalConversationId(), "evaluation.progress.save", project.Id, "mr1", new() { ["state"] = "Gestopt" });
        Assert.Contains("Deze maatregel werkt de uitvoerder bij", ApprovalExamples.Read(refused));

        // Two updates of one measure at once: both go through, and one of them is what is stored.
        await Task.WhenAll(
            InvokeAsync(w.Members[0], markChat, "evaluation.progress.save", project.Id, "mr1", new() { ["state"] = "Vertraagd", ["note"] = "Leverancier later" }),
            InvokeAsync(w.Projectleider, TeamsActivity.NewPersonalConversationId(), "evaluation.progress.save", project.Id, "mr1", new() { ["state"] = "Vertraagd", ["note"] = "Leverancier later" }));

        await chat.SayAsync("voortgang");
        var matrixCard = chat.LastCard!;
        matrix = ApprovalExamples.Read(matrixCard);
        Assert.Contains("mr1 Cameratoezicht Grote Markt – vertraagd, tot 31 december 2027 (Mark Jansen)\nLeverancier later", matrix);
        Assert.Contains("2 maatregelen: 1 gepland, 0 lopen, 0 gereed, 1 vertraagd, 0 gestopt; 1 over tijd.", matrix);

        await chat.SayAsync("voortgang mr2");
        Assert.Contains("Over tijd: de einddatum (31 mei 2027) is voorbij", ApprovalExamples.Read(chat.LastCard!));
        Assert.All(await AdaptiveCardValidator.ValidateAsync([matrixCard, chat.LastCard!, shown, saved, refused]), Assert.Empty);
    }

    private static Measure Measure(KvuProject project, string id, string title, string party, PersonRef owner, DateOnly end, PersonRef by) => new()
    {
        ProjectId = project.Id, Id = id, Title = title, GoalId = "d1", Party = party, Owner = owner,
        Start = new DateOnly(2027, 1, 1), End = end, Beslismoment = new DateOnly(2027, 4, 1), Decider = "de werkgroep",
        ChangedBy = by, ChangedAt = Today,
    };

    private async Task<JsonObject> InvokeAsync(TeamsActivity.User user, string conversationId, string verb, string projectId, string measureId, Dictionary<string, string> fields)
    {
        var data = new JsonObject { ["projectId"] = projectId, ["measureId"] = measureId, ["verb"] = verb };
        foreach (var (key, value) in fields)
        {
            data[key] = value;
        }

        var response = await Bot.PostActivityAsync(new TeamsActivity(Connector.ServiceUrl).AdaptiveCardInvoke(conversationId, verb, data, user, conversationType: "personal"));
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body!["value"] as JsonObject ?? throw new InvalidOperationException(body.ToJsonString());
    }
}
