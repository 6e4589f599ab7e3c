using Kvu.Bot.Conversations;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Conversations;

/// <summary>
/// Teams counts every request of the app to one tenant together (50/s per app per tenant), whatever feature sends
/// it. Here the weekly status run and an invitation round post to one tenant at the same time, on a fake clock,
/// with the limit set to 4 a second so that a handful of posts shows it.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ProactivePacingTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int PerSecond = 4;
    private const int Channels = 8;
    private const int Members = 8;
    private static readonly DateTimeOffset Wednesday = new(2026, 3, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset MondayNine = new(2026, 3, 9, 8, 0, 0, TimeSpan.Zero);
    private FakeBotConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeBotConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task Weekly_posts_and_invitations_to_one_tenant_never_exceed_its_limit_together()
    {
        await using var bot = await StatusPostHarness.StartAsync(azurite.ConnectionString, await StatusPostHarness.NewTablesAsync(azurite.ConnectionString),
            Wednesday, _connector, new Dictionary<string, string?> { ["Proactive:TenantRequestsPerSecond"] = PerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        _connector.Clock = bot.Clock;
        var channels = new List<string>();
        for (var i = 0; i < Channels; i++)
        {
            channels.Add((await bot.LinkedProjectAsync(Wednesday)).ChannelId);
        }

        var w = await new ApprovalExamples(bot.Bot, _connector).SeedAsync(Members);
        foreach (var member in w.Members)
        {
            await new TeamsChat(bot.Bot, _connector, TeamsActivity.NewPersonalConversationId(), user: member).SayAsync("uitnodigingen");
        }

        var anna = new TeamsChat(bot.Bot, _connector, TeamsActivity.NewPersonalConversationId(), user: w.Projectleider);
        bot.Clock.SetUtcNow(MondayNine);
        List<DateTimeOffset> Posts() => [.. _connector.Arrivals.Where(a => a.At >= MondayNine && a.ConversationId != anna.ConversationId).Select(a => a.At).Order()];

        // The weekly run takes the tenant's first second; the clock stands still, so nothing more may go out in it.
        var weekly = bot.Runner.RunOnceAsync(MondayNine, CancellationToken.None);
        await WaitAsync(() => Posts().Count >= PerSecond);
        var invitations = anna.SayAsync("uitnodigen");
        await Task.WhenAny(invitations, Task.Delay(TimeSpan.FromSeconds(3)));
        Assert.Equal(PerSecond, Posts().Count);

        await bot.Clock.DriveAsync(Task.WhenAll(weekly, invitations), TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(10));

        Assert.All(channels, channel => Assert.Single(_connector.SentTo(channel)));
        Assert.Contains($"Uitnodiging verstuurd aan: {string.Join(", ", w.Members.Select(m => m.Name))}.", anna.LastText);
        var posts = Posts();
        Assert.Equal(Channels + Members, posts.Count);

        // A post leaves at its slot and can only arrive later, so before the end of every window at most the limit
        // times the windows can have arrived: checked from the start, jitter cannot make this pass or fail.
        for (var window = 1; window * PerSecond < posts.Count; window++)
        {
            var by = MondayNine + (window * TenantRateLimiter.Window);
            Assert.True(posts.Count(t => t < by) <= window * PerSecond, $"{posts.Count(t => t < by)} posts within {window} windows");
        }

        Assert.True(posts[^1] - MondayNine >= 3 * TenantRateLimiter.Window, $"16 posts at 4 a second went out within {posts[^1] - MondayNine}");
    }

    private static async Task WaitAsync(Func<bool> condition)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(20); !condition(); await Task.Delay(20))
        {
            Assert.True(DateTime.UtcNow < deadline, "the weekly run sent nothing");
        }
    }
}
