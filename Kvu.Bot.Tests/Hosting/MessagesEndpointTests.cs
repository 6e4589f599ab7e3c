using System.Net;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Hosting;

/// <summary>Teams-shaped activities through the real /api/messages pipeline, replies caught by a fake Bot Connector.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class MessagesEndpointTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    private TeamsActivity _teams = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _teams = new TeamsActivity(Connector.ServiceUrl);
    }

    [Fact]
    public async Task Help_in_personal_chat_is_answered_in_Dutch_in_that_chat()
    {
        var conversation = TeamsActivity.NewPersonalConversationId();
        var message = _teams.PersonalMessage(conversation, "help");

        var response = await Bot.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(Connector.SentTo(conversation));
        Assert.StartsWith("Dit kan ik voor je doen", reply.Text);
        Assert.Equal(message["id"]!.GetValue<string>(), reply.ReplyToId);
    }

    [Fact]
    public async Task A_user_with_an_English_Teams_client_gets_English()
    {
        var conversation = TeamsActivity.NewPersonalConversationId();

        await Bot.PostActivityAsync(_teams.PersonalMessage(conversation, "help", locale: "en-US"));

        Assert.StartsWith("This is what I can do", Assert.Single(Connector.SentTo(conversation)).Text);
    }

    [Fact]
    public async Task In_a_group_chat_the_mention_of_theBot_is_not_part_of_the_command()
    {
        var conversation = TeamsActivity.NewGroupChatId();

        await Bot.PostActivityAsync(_teams.GroupChatMessage(conversation, "help"));

        Assert.StartsWith("Dit kan ik voor je doen", Assert.Single(Connector.SentTo(conversation)).Text);
    }

    [Fact]
    public async Task In_a_channel_theBot_answers_in_the_thread_and_remembers_the_channel_for_later_posts()
    {
        var channel = TeamsActivity.NewChannelConversationId();
        var message = _teams.ChannelMessage(channel, "help");

        await Bot.PostActivityAsync(message);

        var threadId = message["conversation"]!["id"]!.GetValue<string>();
        Assert.StartsWith("Dit kan ik voor je doen", Assert.Single(Connector.SentTo(threadId)).Text);
        var stored = await Bot.Services.GetRequiredService<ConversationStore>().GetAsync(TeamsActivity.TenantId, channel, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(ConversationKind.Channel, stored.Kind);
        Assert.Equal("Werkgroep KVU", stored.TeamName);
        Assert.Equal(Connector.ServiceUrl, stored.ServiceUrl);
    }

    [Fact]
    public async Task Personal_and_group_conversations_are_remembered_for_proactive_posts()
    {
        var personal = TeamsActivity.NewPersonalConversationId();
        var group = TeamsActivity.NewGroupChatId();

        await Bot.PostActivityAsync(_teams.PersonalMessage(personal, "help"));
        await Bot.PostActivityAsync(_teams.GroupChatMessage(group, "help"));

        var store = Bot.Services.GetRequiredService<ConversationStore>();
        Assert.Equal(ConversationKind.Personal, (await store.GetAsync(TeamsActivity.TenantId, personal, CancellationToken.None))?.Kind);
        Assert.Equal(ConversationKind.GroupChat, (await store.GetAsync(TeamsActivity.TenantId, group, CancellationToken.None))?.Kind);
    }

    [Fact]
    public async Task Text_theBot_does_not_know_gets_a_pointer_to_help()
    {
        var conversation = TeamsActivity.NewPersonalConversationId();

        await Bot.PostActivityAsync(_teams.PersonalMessage(conversation, "wanneer is de volgende vergadering"));

        var reply = Assert.Single(Connector.SentTo(conversation)).Text;
        Assert.Contains("Dat begrijp ik niet", reply);
        Assert.Contains("wanneer is de volgende vergadering", reply);
        Assert.Contains("help", reply);
    }

    [Fact]
    public async Task The_welcome_cards_button_leads_to_help()
    {
        var conversation = TeamsActivity.NewPersonalConversationId();

        await Bot.PostActivityAsync(_teams.CardSubmit(conversation, new() { [CardVerb.Field] = "help" }));

        Assert.StartsWith("Dit kan ik voor je doen", Assert.Single(Connector.SentTo(conversation)).Text);
    }

    [Fact]
    public async Task TheBot_welcomes_a_conversation_once_even_when_Teams_announces_it_again_after_a_restart()
    {
        var conversation = TeamsActivity.NewPersonalConversationId();

        await Bot.PostActivityAsync(_teams.BotAdded(conversation));
        await using (var restarted = new KvuBotApplication(Azurite.ConnectionString))
        {
            await restarted.PostActivityAsync(_teams.BotAdded(conversation));
        }

        var welcome = Assert.Single(Connector.SentTo(conversation));
        Assert.Contains("Welkom bij Kvu.Bot", welcome.VisibleText);
        var buttons = welcome.Cards.Single()["actions"]!.AsArray().Select(b => b!["data"]![CardVerb.Field]!.GetValue<string>());
        Assert.Equal(["start", "help"], buttons);
    }

    [Fact]
    public async Task A_team_that_adds_theBot_gets_a_short_text_welcome_in_the_channel()
    {
        var channel = TeamsActivity.NewChannelConversationId();

        await Bot.PostActivityAsync(_teams.BotAdded(channel, conversationType: "channel"));

        var welcome = Assert.Single(Connector.SentTo(channel));
        Assert.Contains("aan dit team toegevoegd", welcome.Text);
    }

    [Fact]
    public async Task A_delivery_that_Teams_retries_is_answered_once()
    {
        var conversation = TeamsActivity.NewPersonalConversationId();
        var message = _teams.PersonalMessage(conversation, "help");

        await Bot.PostActivityAsync(message);
        var retry = await Bot.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Single(Connector.SentTo(conversation));
    }

    [Fact]
    public async Task A_retried_delivery_later_in_a_conversation_is_also_answered_once()
    {
        var conversation = TeamsActivity.NewPersonalConversationId();
        await Bot.PostActivityAsync(_teams.PersonalMessage(conversation, "help"));
        var second = _teams.PersonalMessage(conversation, "hulp");

        await Bot.PostActivityAsync(second);
        await Bot.PostActivityAsync(second);

        Assert.Equal(2, Connector.SentTo(conversation).Count());
    }

    [Theory]
    [InlineData("{ this is not json")]
    [InlineData("{}")]
    [InlineData("[1, 2, 3]")]
    public async Task A_body_that_is_not_an_activity_gets_400_and_nothing_is_sent(string body)
    {
        var response = await Bot.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(Connector.Sent);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("event")]
    [InlineData("messageReaction")]
    [InlineData("somethingTeamsInventsLater")]
    public async Task An_activity_theBot_does_not_handle_is_accepted_quietly(string type)
    {
        var conversation = TeamsActivity.NewPersonalConversationId();

        var response = await Bot.PostActivityAsync(_teams.OfType(type, conversation));

        Assert.True(response.IsSuccessStatusCode, $"{type} got {(int)response.StatusCode}");
        Assert.Empty(Connector.SentTo(conversation));
    }

    [Fact]
    public async Task The_health_endpoint_reports_healthy_with_storage_up()
    {
        var response = await Bot.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/", "Kwaliteitsmeter Veilig Uitgaan")]
    [InlineData("/privacy", "Privacyverklaring")]
    [InlineData("/gebruiksvoorwaarden", "Gebruiksvoorwaarden")]
    public async Task The_pages_the_Teams_manifest_links_to_are_served(string path, string expected)
    {
        var response = await Bot.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }
}
