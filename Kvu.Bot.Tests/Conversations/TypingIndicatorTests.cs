using System.Net;
using Kvu.Bot.Meetings;
using Kvu.Bot.Tests.Infrastructure;
using Kvu.Bot.Tests.Meetings;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Conversations;

/// <summary>
/// While a turn waits on Microsoft Graph or sends to many people, Teams shows the bot typing before the reply; a
/// quick answer comes without. Through the real /api/messages, Graph answered at the HTTP boundary.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TypingIndicatorTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly RecordingGraphHandler _graph = new();
    private FakeBotConnector _connector = null!;
    private KvuBotApplication _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _bot = new KvuBotApplication(azurite.ConnectionString, services: s => s.AddSingleton(new GraphTransport(_graph, new StaticTokenCredential())));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private async Task<TeamsChat> ProjectleiderChatAsync(string locale)
    {
        var werkgroep = await new ApprovalExamples(_bot, _connector).SeedAsync();
        var chat = new TeamsChat(_bot, _connector, TeamsActivity.NewPersonalConversationId(), locale, werkgroep.Projectleider);
        await chat.SayAsync("status");
        return chat;
    }

    /// <summary>Everything sent in the chat after <paramref name="before"/> activities, typing included, in order.</summary>
    private List<string> TypesSince(TeamsChat chat, int before) =>
        [.. _connector.Sent.Where(a => a.ConversationId == chat.ConversationId).Skip(before).Select(a => a.Type)];

    [Theory]
    [InlineData("nl-NL", "vergadering", "Voorgestelde tijden")]
    [InlineData("en-US", "meeting", "Proposed times")]
    public async Task Vergadering_shows_typing_before_the_proposals_from_free_busy(string locale, string command, string expected)
    {
        var chat = await ProjectleiderChatAsync(locale);
        var before = _connector.Sent.Count(a => a.ConversationId == chat.ConversationId);
        _graph.Answer(HttpStatusCode.OK, """{ "value": [] }""");

        await chat.SayAsync(command);

        Assert.Single(_graph.Requests);
        Assert.Equal(["typing", "message"], TypesSince(chat, before));
        Assert.Contains(expected, chat.LastText);
    }

    [Theory]
    [InlineData("nl-NL")]
    [InlineData("en-US")]
    public async Task Status_is_answered_at_once_without_typing(string locale)
    {
        var chat = await ProjectleiderChatAsync(locale);
        var before = _connector.Sent.Count(a => a.ConversationId == chat.ConversationId);

        await chat.SayAsync("status");

        Assert.Equal(["message"], TypesSince(chat, before));
    }

    [Fact]
    public async Task Uitnodigen_shows_typing_once_before_the_invitations_go_out()
    {
        var chat = await ProjectleiderChatAsync("nl-NL");
        var before = _connector.Sent.Count(a => a.ConversationId == chat.ConversationId);

        await chat.SayAsync("uitnodigen");

        var types = TypesSince(chat, before);
        Assert.Equal("typing", types[0]);
        Assert.Single(types, t => t == "typing");
        Assert.Contains("message", types);
    }
}
