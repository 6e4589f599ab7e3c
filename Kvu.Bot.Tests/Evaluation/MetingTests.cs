using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kvu.Bot.Formation;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kvu.Bot.Tests.Evaluation;

/// <summary>
/// Tussenmetingen and the nameting through /api/messages, against the nulmeting: per goal reached, not yet, not
/// reached or not measured, and the trend, with lower or higher being better as the goal says; the form keeps what
/// was entered and says what is wrong next to each field.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class MetingTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    /// <summary>Mid-June 2027: the plan's goals run until the end of 2027, one until the end of May 2027.</summary>
    private static readonly DateTimeOffset Today = new(2027, 6, 15, 10, 0, 0, TimeSpan.FromHours(2));

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Today));

    private async Task<(ApprovalExamples W, TeamsChat Chat)> EvaluatieAsync(string locale = "nl-NL")
    {
        var w = await new ApprovalExamples(Bot, Connector).SeedAsync(2);
        var pl = ApprovalExamples.Person(w.Projectleider);
        await Bot.Services.GetRequiredService<ProjectStore>().UpdateAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id), p =>
        {
            var start = ApprovalExamples.Start;
            p.SetIndicator("Incidenten per weekendnacht", 4.5m, new DateOnly(2026, 3, 1), pl, start);
            p.SetIndicator("Bezoekers die zich veilig voelen (%)", 62m, new DateOnly(2026, 3, 1), pl, start);
            p.SetIndicator("Klachten van bewoners", 40m, new DateOnly(2026, 3, 1), pl, start);
            p.SetGoal("Minder geweld op straat", "Incidenten per weekendnacht", 3m, new DateOnly(2027, 12, 31), pl, start);
            p.SetGoal("Meer bezoekers voelen zich veilig", "Bezoekers die zich veilig voelen (%)", 75m, new DateOnly(2027, 5, 31), pl, start);
            p.SetGoal("Minder overlast", null, 20m, null, pl, start);
        }, CancellationToken.None);
        return (w, new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), locale, w.Projectleider));
    }

    [Fact]
    public async Task Each_meting_says_per_goal_whether_it_is_reached_and_how_it_compares_with_the_nulmeting_and_the_meting_before()
    {
        var (_, chat) = await EvaluatieAsync();

        await chat.SayAsync("meting Incidenten per weekendnacht = 4,1 op 01-09-2026; bron politie");
        var first = ApprovalExamples.Read(chat.LastCard!);
        Assert.Contains("Tussenmeting van Incidenten per weekendnacht bewaard: 4,1 op 1 september 2026 (bron: politie).", first);
        Assert.Contains("d1 Minder geweld op straat\nNog niet bereikt", first);
        Assert.Contains("Trend: beter dan de nulmeting.", first);

        await chat.SayAsync("meting incidenten per weekendnacht = 4,3 op 01-03-2027; bron politie");
        Assert.Contains("Trend: beter dan de nulmeting, slechter dan de vorige meting (4,1 op 1 september 2026).", ApprovalExamples.Read(chat.LastCard!));

        // Higher is better here (the goal's target lies above the nulmeting), and its date has passed.
        await chat.SayAsync("meting Bezoekers die zich veilig voelen (%) = 70 op 01-04-2027; bron veiligheidsmonitor");
        var visitors = ApprovalExamples.Read(chat.LastCard!);
        Assert.Contains("d2 Meer bezoekers voelen zich veilig\nNiet bereikt", visitors);
        Assert.Contains("Trend: beter dan de nulmeting.", visitors);

        // No goal names it, so nobody said which way is better: only higher or lower, and how to say it.
        await chat.SayAsync("meting Klachten van bewoners = 46 op 01-04-2027; bron gemeente");
        Assert.Contains("Geen doel van het plan van aanpak noemt deze indicator.", ApprovalExamples.Read(chat.LastCard!));

        await chat.SayAsync("metingen");
        var results = ApprovalExamples.Read(chat.LastCard!);
        Assert.Contains("d1 Minder geweld op straat\nNog niet bereikt\nIncidenten per weekendnacht: nulmeting 4,5 (1 maart 2026), laatste meting 4,3 (1 maart 2027, tussenmeting), streefwaarde 3 vóór 31 december 2027", results);
        Assert.Contains("d3 Minder overlast\nNiet te beoordelen: het doel is nog niet SMART", results);
        Assert.Contains("Klachten van bewoners: nulmeting 40 op 1 maart 2026\n1 april 2027: 46 (tussenmeting, bron: gemeente)", results);

        await chat.SayAsync("nameting Incidenten per weekendnacht = 2,8 op 01-06-2027; bron politie; lager is beter");
        var last = ApprovalExamples.Read(chat.LastCard!);
        Assert.Contains("Nameting van Incidenten per weekendnacht bewaard: 2,8 op 1 juni 2027 (bron: politie).", last);
        Assert.Contains("d1 Minder geweld op straat\nBereikt", last);
        Assert.Contains("Trend: beter dan de nulmeting, beter dan de vorige meting (4,3 op 1 maart 2027).", last);

        await chat.SayAsync("meting Klachten van bewoners = 38 op 01-06-2027; bron gemeente; lager is beter");
        await chat.SayAsync("metingen");
        Assert.Contains("1 juni 2027: 38 (tussenmeting, bron: gemeente)", ApprovalExamples.Read(chat.LastCard!));
        var project = await Bot.Services.GetRequiredService<ProjectStore>().GetAsync(new ProjectKey(TeamsActivity.TenantId, (await OnlyProjectOfAsync(chat.User, "Zwolle")).Id), CancellationToken.None);
        Assert.Equal(IndicatorDirection.Lower, project!.Analysis.Indicators.Single(i => i.Name == "Klachten van bewoners").Better);
        Assert.Equal(6, project.Metingen.Count);
    }

    [Fact]
    public async Task The_form_says_what_is_wrong_next_to_each_field_and_keeps_the_rest()
    {
        var (w, chat) = await EvaluatieAsync();

        await chat.SayAsync("nameting");
        var form = chat.LastCard!;
        Assert.Equal(["Opslaan", "Uitleg", "Annuleren"], ApprovalExamples.Buttons(form));
        Assert.Equal("Nameting", (string?)Input(form, "kind")["value"]);

        var answer = await InvokeAsync(chat, "evaluation.meting.save", new JsonObject
        {
            ["indicator"] = "i1", ["kind"] = "Nameting", ["value"] = "veel", ["on"] = "2027-07-01", ["source"] = "", ["better"] = "",
        });
        var read = ApprovalExamples.Read(answer);
        Assert.Contains("Nog niet bewaard: verbeter wat hieronder in rood staat.", read);
        Assert.Equal("Vul een getal in, bijvoorbeeld 3,8.", ProblemUnder(answer, "value"));
        Assert.Equal("Die datum ligt in de toekomst; een meting is al gedaan.", ProblemUnder(answer, "on"));
        Assert.Equal("Vul in waar de meting vandaan komt, bijvoorbeeld politiecijfers.", ProblemUnder(answer, "source"));
        Assert.Null(ProblemUnder(answer, "indicator"));
        Assert.Null(ProblemUnder(answer, "kind"));
        Assert.Equal("i1", (string?)Input(answer, "indicator")["value"]);
        Assert.Equal("Nameting", (string?)Input(answer, "kind")["value"]);
        Assert.Equal("veel", (string?)Input(answer, "value")["value"]);

        var before = await InvokeAsync(chat, "evaluation.meting.save", new JsonObject
        {
            ["indicator"] = "i1", ["kind"] = "Nameting", ["value"] = "3,1", ["on"] = "2026-01-15", ["source"] = "politie",
        });
        Assert.Contains("Die datum ligt vóór de nulmeting (1 maart 2026); kies een latere datum.", ApprovalExamples.Read(before));
        Assert.Equal("politie", (string?)Input(before, "source")["value"]);

        var explained = await InvokeAsync(chat, "evaluation.meting.help", new JsonObject { ["indicator"] = "i1", ["value"] = "3,1" });
        Assert.Contains("Zo voer je een meting in.", ApprovalExamples.Read(explained));
        Assert.Equal("3,1", (string?)Input(explained, "value")["value"]);

        var saved = await InvokeAsync(chat, "evaluation.meting.save", new JsonObject
        {
            ["indicator"] = "i1", ["kind"] = "Nameting", ["value"] = "3,1", ["on"] = "2027-06-01", ["source"] = "politie",
        });
        Assert.Contains("Nameting van Incidenten per weekendnacht bewaard: 3,1 op 1 juni 2027 (bron: politie).", ApprovalExamples.Read(saved));
        Assert.Contains("Niet bereikt", ApprovalExamples.Read(saved));

        var cancelled = await InvokeAsync(chat, "evaluation.meting.cancel", []);
        Assert.Equal("Geannuleerd: er is geen meting bewaard.", ApprovalExamples.Read(cancelled).Trim());

        // A typed meting with a wrong part opens the form with the rest filled in.
        await chat.SayAsync("meting Incidenten per weekendnacht = 3,5 op 31-02-2027; bron politie");
        Assert.Contains("Vul een datum in, bijvoorbeeld 01-03-2027.", ApprovalExamples.Read(chat.LastCard!));
        Assert.Equal("3,5", (string?)Input(chat.LastCard!, "value")["value"]);
        Assert.Equal("politie", (string?)Input(chat.LastCard!, "source")["value"]);

        await chat.SayAsync("metingen");
        var cards = new List<JsonObject> { form, answer, before, explained, saved, cancelled, chat.LastCard! };
        Assert.All(await AdaptiveCardValidator.ValidateAsync(cards), Assert.Empty);

        // A member of the werkgroep may read the results, but the form is the projectleider's.
        var member = w.Members[0];
        var refused = await InvokeAsync(new TeamsChat(Bot, Connector, TeamsActivity.NewPersonalConversationId(), "nl-NL", member), "evaluation.meting.save", new JsonObject
        {
            ["projectId"] = w.Project.Id, ["indicator"] = "i1", ["kind"] = "Nameting", ["value"] = "1", ["on"] = "2027-06-02", ["source"] = "politie",
        });
        Assert.Contains("Alleen de projectleider of de projectsecretaris legt metingen vast.", ApprovalExamples.Read(refused));
        var project = await Bot.Services.GetRequiredService<ProjectStore>().GetAsync(new ProjectKey(TeamsActivity.TenantId, w.Project.Id), CancellationToken.None);
        Assert.Single(project!.Metingen);
    }

    [Fact]
    public async Task In_english_a_measurement_is_saved_and_judged_the_same_way()
    {
        var (_, chat) = await EvaluatieAsync("en-US");

        await chat.SayAsync("measurement Incidenten per weekendnacht = 4.1 on 01-09-2026; source police");

        var saved = ApprovalExamples.Read(chat.LastCard!);
        Assert.Contains("Interim measurement of Incidenten per weekendnacht saved: 4.1 on 1 September 2026 (source: police).", saved);
        Assert.Contains("Not reached yet", saved);
        Assert.Contains("Trend: better than the baseline.", saved);
    }

    private async Task<JsonObject> InvokeAsync(TeamsChat chat, string verb, JsonObject fields)
    {
        var projectId = (string?)fields["projectId"] ?? (await OnlyProjectOfAsync(chat.User, "Zwolle")).Id;
        var data = (JsonObject)fields.DeepClone();
        data["projectId"] = projectId;
        data["verb"] = verb;
        var teams = new TeamsActivity(Connector.ServiceUrl);
        var response = await Bot.PostActivityAsync(teams.AdaptiveCardInvoke(chat.ConversationId, verb, data, chat.User, conversationType: "personal"));
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body!["value"] as JsonObject ?? throw new InvalidOperationException(body.ToJsonString());
    }

    /// <summary>The red text right under the input <paramref name="id"/>, or null when there is none.</summary>
    private static string? ProblemUnder(JsonObject card, string id)
    {
        var body = card["body"]!.AsArray();
        var at = body.Select((e, i) => (e, i)).Single(x => (string?)x.e!["id"] == id).i;
        return at + 1 < body.Count && (string?)body[at + 1]!["color"] == "Attention" ? (string?)body[at + 1]!["text"] : null;
    }

    private static JsonObject Input(JsonObject card, string id) => TeamsChat.Inputs(card).Single(i => (string?)i["id"] == id);
}
