using System.Net;
using System.Text.Json.Nodes;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Conversations;

/// <summary>
/// With the RSC permission to read channel messages Teams delivers every message in the team's channels. The bot
/// answers only what is meant for it (an @mention, a click on its own card) and lets the rest pass without a reply
/// and without touching Table storage. Through the real /api/messages.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ChannelChatterTests(AzuriteFixture azurite) : CountedBotTest(azurite)
{
    [Theory]
    [InlineData("nl-NL", "Weet iemand wanneer de volgende vergadering is?")]
    [InlineData("en-US", "Does anyone know when the next meeting is?")]
    public async Task A_channel_message_that_does_not_mention_theBot_gets_no_reply_and_no_storage(string locale, string text)
    {
        var channel = TeamsActivity.NewChannelConversationId();
        var message = Teams.ChannelMessage(channel, text, locale, TeamsActivity.User.Wijkagent, mention: false);

        var response = await Bot.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Connector.Sent);
        Assert.Equal(0, Tables.Requests);
        Assert.Null(await Bot.Services.GetRequiredService<ConversationStore>().GetAsync(TeamsActivity.TenantId, channel, CancellationToken.None));
    }

    [Theory]
    [InlineData("nl-NL", "Dit kan ik voor je doen")]
    [InlineData("en-US", "This is what I can do")]
    public async Task A_channel_message_that_mentions_theBot_is_answered_in_the_thread(string locale, string expected)
    {
        var channel = TeamsActivity.NewChannelConversationId();
        var message = Teams.ChannelMessage(channel, "help", locale);

        await Bot.PostActivityAsync(message);

        var thread = message["conversation"]!["id"]!.GetValue<string>();
        Assert.StartsWith(expected, Assert.Single(Connector.SentTo(thread)).Text);
    }

    [Theory]
    [InlineData("nl-NL")]
    [InlineData("en-US")]
    public async Task A_group_chat_message_that_mentions_someone_else_gets_no_reply(string locale)
    {
        var chat = TeamsActivity.NewGroupChatId();
        var message = Teams.GroupChatMessage(chat, "help", locale, mention: true);
        var mention = message["entities"]!.AsArray().OfType<JsonObject>().Single(e => (string?)e["type"] == "mention");
        mention["mentioned"] = TeamsActivity.User.Wijkagent.ToJson();
        mention["text"] = $"<at>{TeamsActivity.User.Wijkagent.Name}</at>";
        message["text"] = $"<at>{TeamsActivity.User.Wijkagent.Name}</at> help";

        var response = await Bot.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Connector.Sent);
        Assert.Equal(0, Tables.Requests);
    }

    [Theory]
    [InlineData("nl-NL", "Dit kan ik voor je doen")]
    [InlineData("en-US", "This is what I can do")]
    public async Task A_click_on_theBots_card_in_a_channel_works_without_a_mention(string locale, string expected)
    {
        var thread = $"{TeamsActivity.NewChannelConversationId()};messageid={TeamsActivity.NewId()}";

        await Bot.PostActivityAsync(Teams.CardSubmit(thread, new() { ["command"] = "help" }, locale, conversationType: "channel"));

        Assert.StartsWith(expected, Assert.Single(Connector.SentTo(thread)).Text);
    }

    [Fact]
    public async Task A_formation_card_click_in_a_channel_reaches_the_formation()
    {
        var personal = TeamsActivity.NewPersonalConversationId();
        var chat = new TeamsChat(Bot, Connector, personal);
        await chat.SayAsync("start");
        await chat.SayAsync("Zwolle");
        await chat.SayAsync("Binnenstad");
        var thread = $"{TeamsActivity.NewChannelConversationId()};messageid={TeamsActivity.NewId()}";

        await Bot.PostActivityAsync(Teams.CardSubmit(thread, new() { ["command"] = "status" }, conversationType: "channel"));

        Assert.Contains("Binnenstad", Assert.Single(Connector.SentTo(thread)).VisibleText);
    }

    [Theory]
    [InlineData("messageUpdate")]
    [InlineData("messageDelete")]
    [InlineData("messageReaction")]
    public async Task Edits_deletions_and_reactions_in_a_channel_touch_no_storage(string type)
    {
        var activity = Teams.OfType(type, TeamsActivity.NewChannelConversationId());

        var response = await Bot.PostActivityAsync(activity);

        Assert.True(response.IsSuccessStatusCode);
        Assert.Empty(Connector.Sent);
        Assert.Equal(0, Tables.Requests);
    }
}
