using Azure.Data.Tables;
using Kvu.Bot.Common;
using Kvu.Bot.Conversations;
using Kvu.Bot.Formation;
using Kvu.Bot.StatusPosts;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Formation.Cards;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.StatusPosts;

/// <summary>The scheduler against Azurite and the fake Bot Connector, weeks driven by a fake clock.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StatusPostRunnerTests(AzuriteFixture azurite) : IAsyncLifetime
{
    /// <summary>Wednesday 4 March 2026, 10:00 in Amsterdam (CET).</summary>
    private static readonly DateTimeOffset Wednesday = new(2026, 3, 4, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Monday 9 March 2026, 09:00 in Amsterdam = 08:00 UTC.</summary>
    private static readonly DateTimeOffset MondayNine = new(2026, 3, 9, 8, 0, 0, TimeSpan.Zero);

    private readonly List<StatusPostHarness> _instances = [];
    private FakeBotConnector _connector = null!;
    private (string, string) _tables;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _tables = await StatusPostHarness.NewTablesAsync(azurite.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Each_week_the_channel_gets_one_post_on_Monday_at_nine_Dutch_time_also_after_the_DST_change()
    {
        var bot = await InstanceAsync(Wednesday);
        var (_, channel) = await bot.LinkedProjectAsync(Wednesday);
        var postedAt = new List<DateTime>();

        // Every two hours for four weeks, across the start of summer time on 29 March.
        for (var now = Wednesday; now < Wednesday.AddDays(28); now = now.AddHours(2))
        {
            var report = await bot.RunAtAsync(now);
            postedAt.AddRange(Enumerable.Repeat(DutchTime.Local(now).DateTime, report.Posted));
        }

        Assert.Equal(4, _connector.SentTo(channel).Count());
        Assert.Equal(4, postedAt.Count);
        Assert.All(postedAt, local =>
        {
            Assert.Equal(DayOfWeek.Monday, local.DayOfWeek);
            Assert.InRange(local.Hour, 9, 10); // the first run at or after 09:00 (runs here are two hours apart)
        });
        Assert.Contains("Weekstatus Zwolle – Binnenstad", CardJson.AllText(_connector.SentTo(channel).First().Cards.Single()));
    }

    [Fact]
    public async Task Settings_saved_under_the_old_RowKey_are_read_and_moved_on_the_next_change()
    {
        var bot = await InstanceAsync(Wednesday);
        var (project, _) = await bot.LinkedProjectAsync(Wednesday);
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient(_tables.Item1);
        var key = TableKeys.Encode(project.Id);
        var stored = (await table.GetEntityAsync<TableEntity>(key, key)).Value;
        await table.AddEntityAsync(new TableEntity(stored) { RowKey = "settings" });
        await table.DeleteEntityAsync(key, key);

        var store = bot.Bot.Services.GetRequiredService<StatusScheduleStore>();
        Assert.Equal(StatusSchedule.Default, (await store.GetAsync(project.Id, CancellationToken.None))!.Schedule);
        await store.UpdateAsync(project.TenantId, project.Id, s => s! with { Schedule = new StatusSchedule(DayOfWeek.Tuesday, new TimeOnly(10, 0), false) }, CancellationToken.None);

        var rows = await table.QueryAsync<TableEntity>(e => e.PartitionKey == key).ToListAsync();
        Assert.Equal([key], rows.Select(r => r.RowKey));
        Assert.Equal(DayOfWeek.Tuesday, (await store.GetAsync(project.Id, CancellationToken.None))!.Schedule.Day);
    }

    [Fact]
    public async Task Nothing_is_posted_before_the_time_and_linking_after_it_waits_for_next_week()
    {
        var bot = await InstanceAsync(Wednesday);
        var (_, early) = await bot.LinkedProjectAsync(Wednesday);

        await bot.RunAtAsync(MondayNine.AddMinutes(-1));
        Assert.Empty(_connector.SentTo(early));

        var (_, late) = await bot.LinkedProjectAsync(MondayNine.AddMinutes(30));
        await bot.RunAtAsync(MondayNine.AddMinutes(31));

        Assert.Single(_connector.SentTo(early));
        Assert.Empty(_connector.SentTo(late));
    }

    [Fact]
    public async Task Two_instances_running_at_the_same_moment_post_each_project_exactly_once()
    {
        var first = await InstanceAsync(Wednesday);
        var second = await InstanceAsync(Wednesday);
        var channels = new List<string>();
        for (var i = 0; i < 130; i++) // more than one Table transaction of claims (100)
        {
            channels.Add((await first.LinkedProjectAsync(Wednesday)).ChannelId);
        }

        var at = MondayNine.AddSeconds(20);
        var reports = await Task.WhenAll(first.RunAtAsync(at), second.RunAtAsync(at), first.RunAtAsync(at.AddSeconds(1)), second.RunAtAsync(at.AddSeconds(1)));

        Assert.All(channels, channel => Assert.Single(_connector.SentTo(channel)));
        Assert.Equal(130, reports.Sum(r => r.Posted));

        await Task.WhenAll(first.RunAtAsync(at.AddMinutes(10)), second.RunAtAsync(at.AddMinutes(10)));
        Assert.All(channels, channel => Assert.Single(_connector.SentTo(channel)));
    }

    [Fact]
    public async Task An_instance_that_crashed_between_claim_and_send_is_covered_once_its_lease_ends()
    {
        var bot = await InstanceAsync(Wednesday);
        var (project, channel) = await bot.LinkedProjectAsync(Wednesday);

        // What a crashed instance leaves behind: the pending row and a claim it never finished.
        var post = new StatusPending(project.TenantId, project.Id, WeeklyClock.WeekKey(MondayNine), MondayNine);
        Assert.Single(await bot.Claims.TakeAsync([(null, post)], "crashed-instance", MondayNine, TimeSpan.FromMinutes(5), CancellationToken.None));

        var whileHeld = await bot.RunAtAsync(MondayNine.AddMinutes(1));
        Assert.Equal(0, whileHeld.Posted);
        Assert.Empty(_connector.SentTo(channel));

        var afterLease = await bot.RunAtAsync(MondayNine.AddMinutes(6));
        Assert.Equal(1, afterLease.Posted);
        await bot.RunAtAsync(MondayNine.AddMinutes(7));
        await bot.RunAtAsync(MondayNine.AddDays(1));

        Assert.Single(_connector.SentTo(channel));
        var claim = (await bot.Claims.ListWeekAsync(project.TenantId, post.WeekKey, CancellationToken.None))[project.Id];
        Assert.Equal(StatusClaimState.Posted, claim.State);
        Assert.Equal(2, claim.Attempts);
    }

    [Fact]
    public async Task After_three_weeks_down_the_missed_status_is_posted_once_not_three_times()
    {
        var bot = await InstanceAsync(Wednesday);
        await bot.RunAtAsync(Wednesday); // the service ran once, then went down
        var (_, channel) = await bot.LinkedProjectAsync(Wednesday.AddMinutes(5));

        var back = MondayNine.AddDays(17); // Thursday, three Mondays later
        var report = await bot.RunAtAsync(back);
        await bot.RunAtAsync(back.AddMinutes(1));
        await bot.RunAtAsync(back.AddHours(1));

        Assert.Equal(1, report.Posted);
        Assert.Equal(168, report.SlotsScanned);
        Assert.Single(_connector.SentTo(channel));
    }

    [Fact]
    public async Task A_429_is_waited_out_for_as_long_as_Retry_After_says()
    {
        var bot = await InstanceAsync(Wednesday);
        var (_, channel) = await bot.LinkedProjectAsync(Wednesday);
        var calls = new List<DateTimeOffset>();
        _connector.Respond = sent =>
        {
            lock (calls)
            {
                calls.Add(bot.Clock.GetUtcNow());
                return calls.Count == 1 ? FakeBotConnector.TooManyRequests(TimeSpan.FromSeconds(3)) : null;
            }
        };

        var report = await bot.RunWithClockAsync(MondayNine);

        Assert.Equal(1, report.Posted);
        Assert.Equal(1, report.Throttled);
        Assert.Single(_connector.SentTo(channel));
        Assert.Equal(2, calls.Count);
        Assert.True(calls[1] - calls[0] >= TimeSpan.FromSeconds(3), $"tried again after {calls[1] - calls[0]}, Retry-After was 3 s");
    }

    [Fact]
    public async Task A_long_Retry_After_hands_the_post_to_a_later_run_which_posts_it_once()
    {
        var bot = await InstanceAsync(Wednesday);
        var (_, channel) = await bot.LinkedProjectAsync(Wednesday);
        var refusedUntil = MondayNine.AddMinutes(2);
        var calls = 0;
        _connector.Respond = _ =>
        {
            Interlocked.Increment(ref calls);
            return bot.Clock.GetUtcNow() < refusedUntil ? FakeBotConnector.TooManyRequests(TimeSpan.FromSeconds(120)) : null;
        };

        var first = await bot.RunWithClockAsync(MondayNine);
        Assert.Equal(0, first.Posted);
        Assert.True(first.Throttled >= 1);
        var callsAfterFirst = calls;

        var tooEarly = await bot.RunAtAsync(MondayNine.AddMinutes(1));
        Assert.Equal(callsAfterFirst, calls); // Retry-After honoured across runs too

        var later = await bot.RunAtAsync(MondayNine.AddMinutes(3));
        Assert.Equal(0, tooEarly.Posted);
        Assert.Equal(1, later.Posted);
        Assert.Single(_connector.SentTo(channel));
    }

    [Fact]
    public async Task A_throttled_tenant_does_not_hold_up_another_tenant()
    {
        var bot = await InstanceAsync(Wednesday);
        var (_, slowChannel) = await bot.LinkedProjectAsync(Wednesday, tenantId: "tenant-slow");
        var (_, fastChannel) = await bot.LinkedProjectAsync(Wednesday, tenantId: "tenant-fast", gemeente: "Deventer");
        DateTimeOffset? fastPostedAt = null;
        var slowCalls = new List<DateTimeOffset>();
        _connector.Respond = sent =>
        {
            if (sent.ConversationId == slowChannel)
            {
                lock (slowCalls)
                {
                    slowCalls.Add(bot.Clock.GetUtcNow());
                }

                return FakeBotConnector.TooManyRequests(TimeSpan.FromSeconds(20));
            }

            fastPostedAt ??= bot.Clock.GetUtcNow();
            return null;
        };

        var report = await bot.RunWithClockAsync(MondayNine, TimeSpan.FromMilliseconds(100));

        Assert.Single(_connector.SentTo(fastChannel));
        Assert.Empty(_connector.SentTo(slowChannel));
        Assert.Equal(new ProactiveOptions().TriesPerSend, slowCalls.Count);
        Assert.True(slowCalls[^1] - slowCalls[0] >= TimeSpan.FromSeconds(40), "the throttled tenant waited out each Retry-After");
        Assert.True(fastPostedAt < slowCalls[^1], $"the other tenant was posted at {fastPostedAt:O}, after the throttled tenant's waits");
        Assert.Equal(1, report.Posted);
    }

    [Fact]
    public async Task A_channel_the_bot_was_removed_from_is_reported_to_the_projectleider_and_not_tried_again()
    {
        var bot = await InstanceAsync(Wednesday);
        var (project, channel) = await bot.LinkedProjectAsync(Wednesday);
        var personal = TeamsActivity.NewPersonalConversationId();
        await bot.Bot.Services.GetRequiredService<ConversationStore>().SaveAsync(bot.Address(project.TenantId, personal, ConversationKind.Personal), CancellationToken.None);
        await bot.Schedules.UpdateAsync(project.TenantId, project.Id, s => s! with { ProjectleiderConversationId = personal }, CancellationToken.None);
        var channelCalls = 0;
        _connector.Respond = sent =>
        {
            if (sent.ConversationId != channel)
            {
                return null;
            }

            channelCalls++;
            return FakeBotConnector.BotRemoved();
        };

        var report = await bot.RunAtAsync(MondayNine);
        var callsAfterRemoval = channelCalls;
        await bot.RunAtAsync(MondayNine.AddMinutes(10));
        await bot.RunAtAsync(MondayNine.AddDays(7));
        await bot.RunAtAsync(MondayNine.AddDays(14));

        Assert.Equal(1, report.ChannelGone);
        Assert.Equal(callsAfterRemoval, channelCalls);
        var notice = Assert.Single(_connector.SentTo(personal));
        Assert.Contains("verwijderd", notice.Text);
        Assert.Contains("koppel", notice.Text);
        Assert.True((await bot.Schedules.GetAsync(project.Id, CancellationToken.None))!.ChannelGone);
    }

    [Fact]
    public async Task A_paused_project_gets_no_post_and_resumes_the_week_after()
    {
        var bot = await InstanceAsync(Wednesday);
        var (project, channel) = await bot.LinkedProjectAsync(Wednesday);
        await bot.Schedules.UpdateAsync(project.TenantId, project.Id, s => s! with { Schedule = s.Schedule with { Paused = true } }, CancellationToken.None);

        await bot.RunAtAsync(MondayNine.AddMinutes(1));
        Assert.Empty(_connector.SentTo(channel));

        await bot.Schedules.UpdateAsync(project.TenantId, project.Id, s => s! with { Schedule = s.Schedule with { Paused = false }, ActiveFrom = MondayNine.AddHours(1) }, CancellationToken.None);
        await bot.RunAtAsync(MondayNine.AddHours(2));
        Assert.Empty(_connector.SentTo(channel));
        await bot.RunAtAsync(MondayNine.AddDays(7));
        Assert.Single(_connector.SentTo(channel));
    }

    [Fact]
    public async Task The_background_loop_posts_on_the_minute_the_fake_clock_reaches_Monday_nine()
    {
        var start = MondayNine.AddMinutes(-3);
        await using var bot = await StatusPostHarness.StartAsync(azurite.ConnectionString, _tables, start, _connector,
            new Dictionary<string, string?> { ["StatusPosts:BackgroundEnabled"] = "true" });
        var (_, channel) = await bot.LinkedProjectAsync(start.AddHours(-1));

        for (var minute = 0; minute < 2; minute++)
        {
            bot.Clock.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(200);
        }

        Assert.Empty(_connector.SentTo(channel));
        for (var minute = 0; minute < 3 && !_connector.SentTo(channel).Any(); minute++)
        {
            bot.Clock.Advance(TimeSpan.FromMinutes(1));
            await _connector.WaitForAsync(s => s.ConversationId == channel, TimeSpan.FromSeconds(3)).ContinueWith(_ => { });
        }

        Assert.Single(_connector.SentTo(channel));
    }

    [Fact]
    public async Task A_project_linked_before_weekly_status_existed_gets_its_post_at_the_next_Monday_nine_once()
    {
        // Stored the old way, before this version ran: the project with its channel and the channel's address, no
        // schedule. Its own tenant, so the other tests' projects (backfilled too, the Projects table is shared) never
        // queue before it in the tenant's rate.
        _tables = await StatusPostHarness.NewTablesAsync(azurite.ConnectionString, backfilled: false);
        var tenant = $"tenant-{Guid.NewGuid():N}";
        var storage = new TableServiceClient(azurite.ConnectionString);
        var old = KvuProject.Create($"p-{Guid.NewGuid():N}", tenant, "Deventer", "Brink", FormationExamples.Marieke, Wednesday.AddDays(-60));
        var oldChannel = TeamsActivity.NewChannelConversationId();
        old.LinkChannel(oldChannel, "19:team@thread.tacv2", "Werkgroep KVU", "Uitgaansgebied Brink", FormationExamples.Marieke, Wednesday.AddDays(-59));
        await new ProjectStore(storage).CreateAsync(old, default);

        var start = MondayNine.AddMinutes(-3);
        await using var bot = await StatusPostHarness.StartAsync(azurite.ConnectionString, _tables, start, _connector,
            new Dictionary<string, string?> { ["StatusPosts:BackgroundEnabled"] = "true" });
        await bot.Bot.Services.GetRequiredService<ConversationStore>().SaveAsync(bot.Address(tenant, oldChannel, ConversationKind.Channel), default);
        // A project whose projectleider already chose Tuesday keeps it.
        var (chosen, chosenChannel) = await bot.LinkedProjectAsync(start.AddDays(-5), tenantId: $"tenant-{Guid.NewGuid():N}");
        await bot.Schedules.UpdateAsync(chosen.TenantId, chosen.Id, s => s! with { Schedule = new StatusSchedule(DayOfWeek.Tuesday, new TimeOnly(8, 30), false) }, default);

        var settings = await WaitForAsync(() => bot.Schedules.GetAsync(old.Id, default));
        Assert.Equal(StatusSchedule.Default, settings.Schedule);
        Assert.Equal(oldChannel, settings.ChannelConversationId);
        Assert.Empty(_connector.SentTo(oldChannel)); // not at once: at the next Monday 09:00

        for (var minute = 0; minute < 10 && !_connector.SentTo(oldChannel).Any(); minute++)
        {
            bot.Clock.Advance(TimeSpan.FromMinutes(1));
            await _connector.WaitForAsync(s => s.ConversationId == oldChannel, TimeSpan.FromSeconds(3)).ContinueWith(_ => { });
        }

        Assert.Contains("Weekstatus Deventer – Brink", CardJson.AllText(_connector.SentTo(oldChannel).Single().Cards.Single()));
        Assert.Empty(_connector.SentTo(chosenChannel));
        Assert.Equal(DayOfWeek.Tuesday, (await bot.Schedules.GetAsync(chosen.Id, default))!.Schedule.Day);

        // A second instance starting later scans no more, and nobody posts twice.
        await using var second = await StatusPostHarness.StartAsync(azurite.ConnectionString, _tables, MondayNine.AddMinutes(5), _connector,
            new Dictionary<string, string?> { ["StatusPosts:BackgroundEnabled"] = "true" });
        Assert.Equal(0, await second.Bot.Services.GetRequiredService<StatusBackfill>().RunAsync(MondayNine.AddMinutes(5), default));
        await second.RunAtAsync(MondayNine.AddMinutes(6));
        Assert.Single(_connector.SentTo(oldChannel));
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> read)
        where T : class
    {
        for (var i = 0; i < 100; i++)
        {
            if (await read() is { } value)
            {
                return value;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("not there within 10 s");
    }

    private async Task<StatusPostHarness> InstanceAsync(DateTimeOffset start)
    {
        var instance = await StatusPostHarness.StartAsync(azurite.ConnectionString, _tables, start, _connector);
        _instances.Add(instance);
        return instance;
    }

}
