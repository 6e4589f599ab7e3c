using Azure.Data.Tables;
using Kvu.Bot.Formation;
using Kvu.Bot.StatusPosts;
using Kvu.Bot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Kvu.Bot.Tests.Infrastructure;

/// <summary>
/// One bot instance for the weekly status tests: the real app on a fake clock, status tables of its own (so other
/// tests' schedules never show up), and the fake Bot Connector. Several harnesses can share tables to play
/// several App Service instances.
/// </summary>
public sealed class StatusPostHarness : IAsyncDisposable
{
    private StatusPostHarness(KvuBotApplication bot, FakeTimeProvider clock, FakeBotConnector connector)
    {
        Bot = bot;
        Clock = clock;
        Connector = connector;
    }

    public KvuBotApplication Bot { get; }

    public FakeTimeProvider Clock { get; }

    public FakeBotConnector Connector { get; }

    public StatusPostRunner Runner => Bot.Services.GetRequiredService<StatusPostRunner>();

    public StatusScheduleStore Schedules => Bot.Services.GetRequiredService<StatusScheduleStore>();

    public StatusClaimStore Claims => Bot.Services.GetRequiredService<StatusClaimStore>();

    /// <summary>
    /// Fresh status tables. Unless <paramref name="backfilled"/> is false they are marked as backfilled already, so
    /// the background loop does not put every other test's project (the Projects table is shared) in this schedule.
    /// </summary>
    public static async Task<(string ScheduleTable, string ClaimTable)> NewTablesAsync(string connectionString, bool backfilled = true)
    {
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var client = new TableServiceClient(connectionString);
        var tables = ($"StatusSchedules{suffix}", $"StatusPosts{suffix}");
        await client.CreateTableIfNotExistsAsync(tables.Item1);
        await client.CreateTableIfNotExistsAsync(tables.Item2);
        if (backfilled)
        {
            var store = new StatusScheduleStore(client, Options.Create(new StatusPostOptions { ScheduleTable = tables.Item1, ClaimTable = tables.Item2 }));
            await store.MarkAsync(StatusBackfill.Version, DateTimeOffset.UnixEpoch, CancellationToken.None);
        }

        return tables;
    }

    public static async Task<StatusPostHarness> StartAsync(
        string connectionString, (string ScheduleTable, string ClaimTable) tables, DateTimeOffset start, FakeBotConnector connector,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var clock = new FakeTimeProvider(start);
        var values = new Dictionary<string, string?>
        {
            ["StatusPosts:ScheduleTable"] = tables.ScheduleTable,
            ["StatusPosts:ClaimTable"] = tables.ClaimTable,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var bot = new KvuBotApplication(connectionString, values, services => services.AddSingleton<TimeProvider>(clock));
        _ = bot.Services; // start the host: tables exist before the first run
        await Task.CompletedTask;
        return new StatusPostHarness(bot, clock, connector);
    }

    /// <summary>A project with its werkgroep channel linked at <paramref name="linkedAt"/>, as "koppel" leaves it.</summary>
    public async Task<(KvuProject Project, string ChannelId)> LinkedProjectAsync(DateTimeOffset linkedAt, string tenantId = TeamsActivity.TenantId, string gemeente = "Zwolle")
    {
        var channelId = TeamsActivity.NewChannelConversationId();
        var project = KvuProject.Create($"p-{Guid.NewGuid():N}", tenantId, gemeente, "Binnenstad", FormationExamples.Marieke, linkedAt.AddDays(-1));
        project.LinkChannel(channelId, "19:team@thread.tacv2", "Werkgroep KVU", "Uitgaansgebied Centrum", FormationExamples.Marieke, linkedAt);
        await Bot.Services.GetRequiredService<ProjectStore>().CreateAsync(project, CancellationToken.None);
        await Bot.Services.GetRequiredService<ConversationStore>().SaveAsync(Address(tenantId, channelId, ConversationKind.Channel), CancellationToken.None);
        foreach (var listener in Bot.Services.GetServices<IWerkgroepChannelListener>())
        {
            await listener.ChannelLinkedAsync(project, linkedAt, CancellationToken.None);
        }

        return (project, channelId);
    }

    public ConversationAddress Address(string tenantId, string conversationId, ConversationKind kind) => new(
        tenantId, conversationId, kind, Connector.ServiceUrl, "msteams", TeamsActivity.BotId, TeamsActivity.BotName,
        kind == ConversationKind.Channel ? "19:team@thread.tacv2" : null, kind == ConversationKind.Channel ? "Werkgroep KVU" : null,
        kind == ConversationKind.Channel ? "Uitgaansgebied Centrum" : null, DateTimeOffset.UtcNow);

    /// <summary>
    /// Runs the scheduler at <paramref name="now"/> while the fake clock moves on in small steps, as real time
    /// would: the run's own waits (the tenant's rate, Retry-After) pass in fake time only.
    /// </summary>
    public Task<StatusRunReport> RunAtAsync(DateTimeOffset now) => RunWithClockAsync(now, TimeSpan.FromMilliseconds(50));

    public async Task<StatusRunReport> RunWithClockAsync(DateTimeOffset now, TimeSpan? step = null)
    {
        lock (Clock)
        {
            if (now > Clock.GetUtcNow())
            {
                Clock.SetUtcNow(now);
            }
        }

        return await Clock.DriveAsync(Runner.RunOnceAsync(now, CancellationToken.None), step ?? TimeSpan.FromMilliseconds(250));
    }

    public async ValueTask DisposeAsync() => await Bot.DisposeAsync();
}
