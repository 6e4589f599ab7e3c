using Kvu.Bot.Formation;
using Kvu.Bot.StatusPosts;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Bench;

/// <summary>
/// The weekly status feature under <see cref="WeeklyFanOut"/>: every project is created, linked and addressed the
/// way a "koppel" leaves it (ProjectStore, ConversationStore, the feature's channel listener), then the feature's
/// own StatusPostRunner runs the Monday 09:00 slot, as the background loop would, until no post is pending.
/// Projects live one per partition, so they cannot be written in Table transactions; they are seeded in parallel.
/// </summary>
internal sealed class StatusPostsFanOutDriver : IWeeklyFanOutDriver
{
    private const int SeedParallelism = 32;
    private const int WarmUpProjects = 200;
    private static readonly PersonRef Projectleider = new("Bench Projectleider", null, "projectleider@bench.example");

    /// <summary>The Monday 09:00 the bench runs: the next one, so the seeded schedules are all due at once.</summary>
    private readonly DateTimeOffset _due = WeeklyClock.NextDue(StatusSchedule.Default, DateTimeOffset.UtcNow);

    public int Runs { get; private set; }

    public TimeSpan SeedTime { get; private set; }

    public async Task SeedAsync(IServiceProvider bot, FanOutPlan plan, string serviceUrl, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var linkedAt = _due.AddDays(-6);
        await LinkAsync(bot, plan, serviceUrl, linkedAt, cancellationToken);

        // Warm-up, untimed, as rows 1 and 3 have one: the Sunday before, 200 projects of two other tenants get their
        // post, so the measured run does not pay for compiling the posting code (the JIT's background thread
        // took about a quarter of the bench process's CPU in a cold run).
        var warmUp = FanOutPlan.Create(WarmUpProjects, 2, "bench-warmup");
        await LinkAsync(bot, warmUp, serviceUrl, linkedAt, cancellationToken);
        var schedules = bot.GetRequiredService<StatusScheduleStore>();
        var sunday = new StatusSchedule(DayOfWeek.Sunday, StatusSchedule.Default.Time, Paused: false);
        foreach (var p in warmUp.Projects)
        {
            await schedules.UpdateAsync(p.TenantId, p.ProjectId, s => s! with { Schedule = sunday }, cancellationToken);
        }

        var runner = bot.GetRequiredService<StatusPostRunner>();
        var warmUpDue = WeeklyClock.LatestDue(sunday, _due);
        var warmUpRun = await runner.RunOnceAsync(warmUpDue.AddMinutes(1), cancellationToken);
        if (warmUpRun.Posted != WarmUpProjects)
        {
            throw new InvalidOperationException($"The warm-up week posted {warmUpRun.Posted} of {WarmUpProjects}.");
        }

        SeedTime = System.Diagnostics.Stopwatch.GetElapsedTime(started);

        // The background loop runs every minute; its run at 08:59 found nothing due and left the checkpoint there, so
        // the measured run at 09:01 scans the last two hourly slots, as every Monday (a first run ever scans all 168).
        await runner.RunOnceAsync(_due.AddMinutes(-1), cancellationToken);
    }

    private static async Task LinkAsync(IServiceProvider bot, FanOutPlan plan, string serviceUrl, DateTimeOffset linkedAt, CancellationToken cancellationToken)
    {
        var projects = bot.GetRequiredService<ProjectStore>();
        var conversations = bot.GetRequiredService<ConversationStore>();
        var listeners = bot.GetServices<IWerkgroepChannelListener>().ToList();
        await Parallel.ForEachAsync(plan.Projects, new ParallelOptions { MaxDegreeOfParallelism = SeedParallelism, CancellationToken = cancellationToken }, async (p, token) =>
        {
            var project = KvuProject.Create(p.ProjectId, p.TenantId, $"Gemeente {p.ProjectId[^5..]}", "Centrum", Projectleider, linkedAt.AddDays(-1));
            project.LinkChannel(p.ChannelConversationId, "19:bench-team@thread.tacv2", "Werkgroep KVU", "Uitgaansgebied Centrum", Projectleider, linkedAt);
            await projects.CreateAsync(project, token);
            await conversations.SaveAsync(new ConversationAddress(
                p.TenantId, p.ChannelConversationId, ConversationKind.Channel, serviceUrl, "msteams", "28:bench-bot", "Kvu.Bot",
                "19:bench-team@thread.tacv2", "Werkgroep KVU", "Uitgaansgebied Centrum", linkedAt), token);
            foreach (var listener in listeners)
            {
                await listener.ChannelLinkedAsync(project, linkedAt, token);
            }
        });
    }

    public async Task RunAsync(IServiceProvider bot, CancellationToken cancellationToken)
    {
        var runner = bot.GetRequiredService<StatusPostRunner>();
        var claims = bot.GetRequiredService<StatusClaimStore>();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        for (Runs = 1; Runs <= 50; Runs++)
        {
            // The scheduler's clock: a minute after Monday 09:00, moving on with real time (leases, Retry-After).
            await runner.RunOnceAsync(_due.AddMinutes(1) + System.Diagnostics.Stopwatch.GetElapsedTime(started), cancellationToken);
            if (!await claims.ListPendingAsync(cancellationToken).AnyAsync(cancellationToken))
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }
}
