namespace Kvu.Bot.StatusPosts;

/// <summary>
/// Runs the scheduler every PollInterval on every instance; the claims make the instances share the work safely.
/// The timer comes from TimeProvider, so a fake clock drives it in tests. The runner (and through it the Bot
/// Framework adapter) is resolved only when the loop starts, so a bad bot identity fails start-up with the options
/// validator's message that names the key, not with the adapter's exception. Before its first run it backfills the
/// schedule of projects linked before the feature existed (<see cref="StatusBackfill"/>), retried at each tick until done.
/// </summary>
public sealed class StatusPostScheduler(IServiceProvider services, TimeProvider time, IOptions<StatusPostOptions> options, ILogger<StatusPostScheduler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.BackgroundEnabled)
        {
            logger.LogInformation("Weekly status posts: background loop switched off (StatusPosts:BackgroundEnabled)");
            return;
        }

        var runner = services.GetRequiredService<StatusPostRunner>();
        var backfill = services.GetRequiredService<StatusBackfill>();
        var backfilled = false;
        await PeriodicLoop.RunAsync(options.Value.PollInterval, time, "Weekly status run", async token =>
        {
            if (!backfilled)
            {
                // Before the first run, so projects linked before this feature are due with everyone else; a
                // failing backfill is tried again next tick and never holds up the other projects' posts.
                try
                {
                    await backfill.RunAsync(time.GetUtcNow(), token);
                    backfilled = true;
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    logger.LogError(failure, "Weekly status backfill failed; retrying at the next tick");
                }
            }

            // A failing run is tried again next tick: nothing is lost, the window grows.
            await runner.RunOnceAsync(time.GetUtcNow(), token);
        }, logger, stoppingToken);
    }
}
