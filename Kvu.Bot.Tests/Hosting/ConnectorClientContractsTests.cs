using System.Security.Claims;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Hosting;

/// <summary>
/// The SDK makes a connector client per turn; if each brought its own JSON contract resolver, every reply would
/// rebuild the Activity contracts (15-20 ms of CPU per turn, docs/performance.md). Replies to incoming turns
/// and proactive posts must share one resolver.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ConnectorClientContractsTests(AzuriteFixture azurite)
{
    private const string ServiceUrl = "http://127.0.0.1:9/";

    [Fact]
    public async Task Connector_clients_of_different_turns_and_proactive_posts_share_their_JSON_contracts()
    {
        await using var bot = new KvuBotApplication(azurite.ConnectionString);
        var authentication = bot.Services.GetRequiredService<BotFrameworkAuthentication>();
        var activity = new Activity { Type = ActivityTypes.Message, ChannelId = "msteams", ServiceUrl = ServiceUrl };

        var first = await ClientForTurnAsync(authentication, activity);
        var second = await ClientForTurnAsync(authentication, activity);
        var proactive = await authentication.CreateConnectorFactory(new ClaimsIdentity()).CreateAsync(ServiceUrl, audience: null!, CancellationToken.None);

        Assert.Same(first.SerializationSettings.ContractResolver, second.SerializationSettings.ContractResolver);
        Assert.Same(first.DeserializationSettings.ContractResolver, second.DeserializationSettings.ContractResolver);
        Assert.Same(first.SerializationSettings.ContractResolver, proactive.SerializationSettings.ContractResolver);
    }

    private static async Task<Microsoft.Bot.Connector.IConnectorClient> ClientForTurnAsync(BotFrameworkAuthentication authentication, Activity activity)
    {
        var result = await authentication.AuthenticateRequestAsync(activity, authHeader: string.Empty, CancellationToken.None);
        return await result.ConnectorFactory.CreateAsync(ServiceUrl, result.Audience, CancellationToken.None);
    }
}
