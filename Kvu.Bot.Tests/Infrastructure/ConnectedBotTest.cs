using Kvu.Bot.Formation;
using Microsoft.Extensions.DependencyInjection;

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
        Bot = new KvuBotApplication(azurite.ConnectionString, services: ConfigureServices);
    }

    /// <summary>Replaces services of the bot for every test of the class, e.g. TimeProvider with a fake clock.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>The one project of <paramref name="gemeente"/> that <paramref name="user"/> may open (tests share one Azurite).</summary>
    protected async Task<KvuProject> OnlyProjectOfAsync(TeamsActivity.User user, string gemeente)
    {
        var access = Bot.Services.GetRequiredService<ProjectAccessStore>();
        var projects = Bot.Services.GetRequiredService<ProjectStore>();
        var found = new List<KvuProject>();
        await foreach (var entry in access.ListForUserAsync(TeamsActivity.TenantId, user.AadObjectId, CancellationToken.None))
        {
            if (await projects.GetAsync(new ProjectKey(TeamsActivity.TenantId, entry.ProjectId), CancellationToken.None) is { } p && p.Gemeente == gemeente)
            {
                found.Add(p);
            }
        }

        return Assert.Single(found);
    }

    public virtual async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
