using System.Security.Claims;
using Kvu.Bot.Hosting;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kvu.Bot.Tests.Hosting;

/// <summary>
/// The SDK would build a connector client for every turn and dispose it when the turn ends; Kvu.Bot reuses one per
/// (bot identity, serviceUrl, audience). A reply must still arrive after earlier turns ended, a client must never
/// carry another identity's or audience's credentials, and a client replaced after its lifetime must still serve
/// the turns that hold it.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ConnectorClientReuseTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string AppId = "3d3e1f5a-8b7c-4d2e-9f10-a1b2c3d4e5f6";
    private const string OtherAppId = "0b9c8d7e-6f5a-4b3c-2d1e-0f9a8b7c6d5e";
    private FakeBotConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeBotConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task A_reply_sent_after_earlier_turns_ended_still_reaches_the_conversation()
    {
        await using var bot = new KvuBotApplication(azurite.ConnectionString);
        var authentication = bot.Services.GetRequiredService<BotFrameworkAuthentication>();
        var conversation = TeamsActivity.NewPersonalConversationId();

        var first = await ClientForTurnAsync(authentication);
        first.Dispose(); // what the adapter does when the turn ends
        var second = await ClientForTurnAsync(authentication);
        await second.Conversations.SendToConversationAsync(conversation, Message("Hallo"));

        Assert.Same(first, second);
        Assert.Equal("Hallo", Assert.Single(_connector.SentTo(conversation)).Text);
    }

    [Fact]
    public async Task A_client_carries_the_credentials_of_its_own_audience_and_is_never_handed_to_another_bot_identity()
    {
        await using var bot = new KvuBotApplication(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "not-a-real-secret",
        });
        var authentication = bot.Services.GetRequiredService<BotFrameworkAuthentication>();

        var channel = await authentication.CreateConnectorFactory(Bot(AppId)).CreateAsync(_connector.ServiceUrl, "https://api.botframework.com", CancellationToken.None);
        var otherAudience = await authentication.CreateConnectorFactory(Bot(AppId)).CreateAsync(_connector.ServiceUrl, "https://other.example", CancellationToken.None);

        Assert.NotSame(channel, otherAudience);
        Assert.Equal(("https://api.botframework.com", AppId), Credentials(channel));
        Assert.Equal(("https://other.example", AppId), Credentials(otherAudience));
        // The SDK refuses credentials for an app id that is not the bot's; a cached client must not answer instead.
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            authentication.CreateConnectorFactory(Bot(OtherAppId)).CreateAsync(_connector.ServiceUrl, "https://api.botframework.com", CancellationToken.None));
    }

    [Fact]
    public async Task After_its_lifetime_a_client_is_replaced_and_a_turn_still_holding_it_can_reply()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = new KvuBotApplication(azurite.ConnectionString, services: s => s.AddSingleton<TimeProvider>(clock));
        var authentication = bot.Services.GetRequiredService<BotFrameworkAuthentication>();
        var conversation = TeamsActivity.NewPersonalConversationId();

        var old = await ClientForTurnAsync(authentication);
        clock.Advance(ReusedConnectorClients.Lifetime);
        var renewed = await ClientForTurnAsync(authentication);
        await old.Conversations.SendToConversationAsync(conversation, Message("Nog even"));
        await renewed.Conversations.SendToConversationAsync(conversation, Message("Daar ben ik weer"));

        Assert.NotSame(old, renewed);
        Assert.Equal(["Nog even", "Daar ben ik weer"], _connector.SentTo(conversation).Select(a => a.Text));
    }

    private async Task<IConnectorClient> ClientForTurnAsync(BotFrameworkAuthentication authentication)
    {
        var activity = new Activity { Type = ActivityTypes.Message, ChannelId = "msteams", ServiceUrl = _connector.ServiceUrl };
        var result = await authentication.AuthenticateRequestAsync(activity, authHeader: string.Empty, CancellationToken.None);
        return await result.ConnectorFactory.CreateAsync(activity.ServiceUrl, result.Audience, CancellationToken.None);
    }

    private static ClaimsIdentity Bot(string appId) => new(
    [
        new Claim(AuthenticationConstants.AudienceClaim, appId),
        new Claim(AuthenticationConstants.AppIdClaim, appId),
    ]);

    private static (string Scope, string AppId) Credentials(IConnectorClient client)
    {
        var credentials = Assert.IsAssignableFrom<AppCredentials>(client.Credentials);
        return (credentials.OAuthScope, credentials.MicrosoftAppId);
    }

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };
}
