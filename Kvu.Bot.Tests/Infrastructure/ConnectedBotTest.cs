namespace Kvu.Bot.Tests.Infrastructure;

/// <summary>
/// Base for tests that talk to the real bot: the app on the test's Azurite, and a fake Bot Connector that
/// records every activity the bot sends.
/// </summary>
public abstract class ConnectedBotTest(AzuriteFixture azurite) : IAsyncLifetime
{
    protected AzuriteFixture Azurite => azurite;

    protected FakeBotConnector Connector { get; private set; } = null!;

    protected KvuBotApplication Bot { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Connector = await FakeBotConnector.StartAsync();
        Bot = new KvuBotApplication(azurite.ConnectionString);
    }

    public virtual async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
