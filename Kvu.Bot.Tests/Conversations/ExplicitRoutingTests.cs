using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kvu.Bot.Approvals;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Conversations;

/// <summary>
/// Which feature answers a message follows from what the features declare (the verbs they own, the rank at which
/// they take typed text), not from the order they were registered in: every case runs with the features registered
/// as Program.cs does and in reverse, through the real /api/messages endpoint.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ExplicitRoutingTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private FakeBotConnector connector = null!;
    private KvuBotApplication? inOrder;
    private KvuBotApplication? reversed;

    public async Task InitializeAsync() => connector = await FakeBotConnector.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var bot in new[] { inOrder, reversed })
        {
            if (bot is not null)
            {
                await bot.DisposeAsync();
            }
        }

        await connector.DisposeAsync();
    }

    private KvuBotApplication Bot(bool reverse) => reverse
        ? reversed ??= new KvuBotApplication(azurite.ConnectionString, services: RegisterFeaturesInReverse)
        : inOrder ??= new KvuBotApplication(azurite.ConnectionString);

    private TeamsChat NewChat(bool reverse, string locale = "nl-NL") =>
        new(Bot(reverse), connector, TeamsActivity.NewPersonalConversationId(), locale, ApprovalExamples.NewUser("Anna de Vries"));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Status_typed_during_the_formation_flow_shows_the_overview_and_asks_the_same_question_again(bool reverse)
    {
        var chat = await InFlowAsync(reverse);

        await chat.SayAsync("status");

        Assert.Contains("Zwolle – Binnenstad", chat.LastText);
        Assert.Contains("Hebben de betrokken partijen ingestemd", chat.LastText);
        await chat.ClickAsync("Nog niet");
        Assert.Contains("Hoe staat het met de intentieverklaring?", chat.LastText);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_meeting_command_typed_during_the_flow_goes_to_meetings_and_is_not_taken_as_the_answer(bool reverse)
    {
        var chat = NewChat(reverse);
        await chat.SayAsync("nieuw project");
        Assert.Contains("Voor welke gemeente is dit KVU-project?", chat.LastText);

        await chat.SayAsync("vergadering");

        // The meeting feature answers (the user has no project yet), and the question is still open.
        Assert.Contains("Kies eerst een project", chat.LastText);
        await chat.SayAsync("Deventer");
        Assert.Contains("Hoe heet het uitgaansgebied?", chat.LastText);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_command_word_filled_in_on_a_question_card_is_the_answer(bool reverse)
    {
        var chat = NewChat(reverse);
        await chat.SayAsync("nieuw project");
        await chat.SayAsync("Zwolle");

        await chat.ClickAsync("Verder", new Dictionary<string, string> { ["answer"] = "Werkgroep" });

        Assert.Contains("Het project Zwolle – Werkgroep is aangemaakt", chat.LastText);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Stop_and_help_during_the_flow_are_the_flows_own(bool reverse)
    {
        var chat = await InFlowAsync(reverse);

        await chat.SayAsync("help");
        Assert.DoesNotContain("Dit kan ik voor je doen", chat.LastText);
        Assert.Contains("Hebben de betrokken partijen ingestemd", chat.LastText);

        await chat.SayAsync("stop");
        Assert.Contains("Gestopt. Wat je al had ingevuld is bewaard.", chat.LastText);
        await chat.SayAsync("help");
        Assert.StartsWith("Dit kan ik voor je doen", chat.LastText);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_submit_fallback_of_a_decision_card_reaches_the_same_handler_as_the_click_and_answers_with_a_new_message(bool reverse)
    {
        var w = await new ApprovalExamples(Bot(reverse), connector).SeedAsync();
        var posted = await w.SayInChannelAsync("voorleggen samenstelling");
        var agree = posted["actions"]!.AsArray().OfType<JsonObject>().Single(a => (string?)a["title"] == "Akkoord");
        var data = (JsonObject)agree["fallback"]!["data"]!;
        Assert.Equal(ApprovalVerbs.Agree, (string?)data[CardVerb.Field]);
        Assert.Equal(ApprovalVerbs.Agree, (string?)agree["data"]![CardVerb.Field]);

        var answer = await SubmitInChannelAsync(Bot(reverse), w, w.Members[0], (JsonObject)data.DeepClone());

        Assert.Contains("Je bent akkoord met versie 1.", answer);
        Assert.Contains("1 van 3 akkoord", answer);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Cards_already_in_peoples_chats_keep_working(bool reverse)
    {
        // The approval cards' Action.Submit fallback carried its verb as "approvalVerb".
        var w = await new ApprovalExamples(Bot(reverse), connector).SeedAsync();
        await w.SayInChannelAsync("voorleggen samenstelling");
        var old = ApprovalExamples.Data("samenstelling", w.Project.Id);
        old["approvalVerb"] = ApprovalVerbs.Agree;
        Assert.Contains("Je bent akkoord met versie 1.", await SubmitInChannelAsync(Bot(reverse), w, w.Members[1], old));

        // The werkgroep cards and the question cards carried theirs as "command".
        var chat = await InFlowAsync(reverse);
        var back = (JsonObject)chat.LastCard!["actions"]!.AsArray().OfType<JsonObject>().Single(a => (string?)a["title"] == "Terug")["data"]!.DeepClone();
        back["command"] = back[CardVerb.Field]!.DeepClone();
        back.Remove(CardVerb.Field);
        await chat.SubmitAsync(back);
        Assert.Contains("Hoe heet het uitgaansgebied?", chat.LastText);

        await chat.SubmitAsync(new JsonObject { ["command"] = "status" });
        Assert.Contains("Zwolle – Binnenstad", chat.LastText);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_button_whose_verb_no_feature_knows_gets_a_clear_answer(bool reverse)
    {
        var chat = NewChat(reverse);

        await chat.SubmitAsync(new JsonObject { [CardVerb.Field] = "planning.unknown" });
        Assert.Contains("Deze knop ken ik niet (meer)", chat.LastText);

        var teams = new TeamsActivity(connector.ServiceUrl);
        var response = await Bot(reverse).PostActivityAsync(teams.AdaptiveCardInvoke(chat.ConversationId, "planning.unknown", [], conversationType: "personal"));
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body!["type"]);
        Assert.Contains("Deze knop ken ik niet (meer)", (string?)body["value"]);
    }

    /// <summary>A new project Zwolle – Binnenstad, at the flow's third question (instemming).</summary>
    private async Task<TeamsChat> InFlowAsync(bool reverse)
    {
        var chat = NewChat(reverse);
        await chat.SayAsync("start");
        await chat.SayAsync("Zwolle");
        await chat.SayAsync("Binnenstad");
        Assert.Contains("Hebben de betrokken partijen ingestemd", chat.LastText);
        return chat;
    }

    /// <summary>An Action.Submit in the werkgroep channel, as a Teams client without Universal Actions sends it; returns what the bot said there.</summary>
    private static async Task<string> SubmitInChannelAsync(KvuBotApplication bot, ApprovalExamples w, TeamsActivity.User from, JsonObject data)
    {
        var before = w.SentInChannel().Count;
        var submit = w.Teams.CardSubmit($"{w.Channel};messageid=1", data, from: from, conversationType: "channel");
        (await bot.PostActivityAsync(submit)).EnsureSuccessStatusCode();
        return string.Join("\n", w.SentInChannel().Skip(before).Select(s => s.VisibleText));
    }

    private static void RegisterFeaturesInReverse(IServiceCollection services)
    {
        foreach (var feature in new[] { typeof(IMessageFeature), typeof(ICardActionFeature) })
        {
            var registered = services.Where(d => d.ServiceType == feature).ToList();
            foreach (var descriptor in registered)
            {
                services.Remove(descriptor);
            }

            foreach (var descriptor in Enumerable.Reverse(registered))
            {
                services.Add(descriptor);
            }
        }
    }
}
