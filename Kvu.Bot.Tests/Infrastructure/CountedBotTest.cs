using Kvu.Bot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Infrastructure;

/// <summary>
/// Base for tests that assert what a turn costs in Table storage: the real bot on the test's Azurite with a
/// <see cref="TableRequestCounter"/> in the Table client's pipeline, a fake Bot Connector, and the count started
/// once the app's start-up work is done.
/// </summary>
public abstract class CountedBotTest(AzuriteFixture azurite) : IAsyncLifetime
{
    protected AzuriteFixture Azurite => azurite;

    protected TableRequestCounter Tables { get; } = new();

    protected FakeBotConnector Connector { get; private set; } = null!;

    protected KvuBotApplication Bot { get; private set; } = null!;

    protected TeamsActivity Teams { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Connector = await FakeBotConnector.StartAsync();
        Teams = new TeamsActivity(Connector.ServiceUrl);
        Bot = new KvuBotApplication(azurite.ConnectionString, services: services => services.AddSingleton(new TablePipelinePolicy(Tables)));
        (await Bot.CreateClient().GetAsync("/health")).EnsureSuccessStatusCode();
        await Tables.ResetWhenQuietAsync();
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
