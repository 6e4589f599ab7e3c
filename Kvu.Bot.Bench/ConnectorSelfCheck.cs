using System.Diagnostics;
using System.Globalization;
using Kvu.Bot.Conversations;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Bench;

/// <summary>
/// Row 4a: proves the rate-limiting fake connector before the weekly status feature uses it. Not the feature:
/// a naive sender (every post at once through the bot's own ProactiveSender, each retried after the Retry-After
/// it got) posts 150 messages into 150 channels of one tenant and 20 into one channel of another. The floor is
/// 4 s (20 posts at 8 per 2 s in one conversation); tenant A alone needs 2 s (150 at 50/s).
/// </summary>
internal static class ConnectorSelfCheck
{
    private const int ChannelsInTenantA = 150;
    private const int PostsInOneChannel = 20;

    public static async Task<BenchRow> RunAsync(string storageConnectionString)
    {
        await using var connector = await RateLimitedBotConnector.StartAsync();
        await using var bot = BenchBot.Start(storageConnectionString, BotVariant.KvuTables);
        var sender = bot.Services.GetRequiredService<ProactiveSender>();

        var expected = new Dictionary<string, int>(StringComparer.Ordinal);
        var posts = new List<(ConversationAddress Address, string Text)>();
        for (var i = 0; i < ChannelsInTenantA; i++)
        {
            var address = Channel("self-check-tenant-a", $"19:self-check-a-{i:000}@thread.tacv2", connector.ServiceUrl);
            posts.Add((address, $"status {i}"));
            expected[address.ConversationId] = 1;
        }

        var busy = Channel("self-check-tenant-b", "19:self-check-b@thread.tacv2", connector.ServiceUrl);
        for (var i = 0; i < PostsInOneChannel; i++)
        {
            posts.Add((busy, $"status {i}"));
        }

        expected[busy.ConversationId] = PostsInOneChannel;

        var started = Stopwatch.GetTimestamp();
        var failures = 0;
        await Task.WhenAll(posts.Select(async post =>
        {
            while (true)
            {
                var result = await sender.SendAsync(post.Address, [Reply.Say(post.Text)], CancellationToken.None);
                if (result.Outcome == SendOutcome.Throttled)
                {
                    await Task.Delay(result.RetryAfter ?? TimeSpan.FromSeconds(1));
                    continue;
                }

                if (result.Outcome != SendOutcome.Sent)
                {
                    Interlocked.Increment(ref failures);
                }

                return;
            }
        }));
        var elapsed = Stopwatch.GetElapsedTime(started);

        var received = connector.PostsPerConversation();
        var missing = expected.Sum(e => Math.Max(0, e.Value - received.GetValueOrDefault(e.Key)));
        var doubled = expected.Sum(e => Math.Max(0, received.GetValueOrDefault(e.Key) - e.Value));
        var floor = RateLimitedBotConnector.Floor([ChannelsInTenantA, PostsInOneChannel], [.. Enumerable.Repeat(1, ChannelsInTenantA), PostsInOneChannel]);
        var limitsHeld = connector.Throttled > 0 && elapsed >= floor;
        return new BenchRow(
            "4a",
            "fake connector self-check (naive sender, not the feature)",
            $"{posts.Count} posts, 2 tenants",
            Other: string.Create(CultureInfo.InvariantCulture,
                $"{elapsed.TotalSeconds:0.0} s vs floor {floor.TotalSeconds:0.0} s; 429s {connector.Throttled}; missing {missing}; doubled {doubled}; failed {failures}"),
            Target: "limits enforced: 429s > 0, time ≥ floor, 0 missing/doubled",
            Met: limitsHeld && missing == 0 && doubled == 0 && failures == 0 ? "yes" : "NO");
    }

    private static ConversationAddress Channel(string tenantId, string channelId, string serviceUrl) => new(
        TenantId: tenantId,
        ConversationId: channelId,
        Kind: ConversationKind.Channel,
        ServiceUrl: serviceUrl,
        ChannelId: "msteams",
        BotId: "28:kvu-bot",
        BotName: "Kvu.Bot",
        TeamId: null,
        TeamName: null,
        ChannelName: null,
        UpdatedAt: DateTimeOffset.UtcNow);
}
