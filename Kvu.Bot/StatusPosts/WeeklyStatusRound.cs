namespace Kvu.Bot.StatusPosts;

/// <summary>
/// The weekly status in the background: every PollInterval on every instance (the claims make the instances share
/// the work safely), first as the app starts. Before its first run it backfills the schedule of projects linked
/// before the feature existed (<see cref="StatusBackfill"/>), tried again at each tick until done.
/// </summary>
public sealed class WeeklyStatusRound(StatusPostRunner runner, StatusBackfill backfill, TimeProvider clock, ILogger<WeeklyStatusRound> logger) : IPeriodicRound
{
    private bool _backfilled;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!_backfilled)
        {
            // Before the first run, so projects linked before this feature are due with everyone else; a failing
            // backfill is tried again next tick and never holds up the other projects' posts.
            try
            {
                await backfill.RunAsync(clock.GetUtcNow(), cancellationToken);
                _backfilled = true;
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                logger.LogError(failure, "Weekly status backfill failed; retrying at the next tick");
            }
        }

        // A failing run is tried again next tick: nothing is lost, the window grows.
        await runner.RunOnceAsync(clock.GetUtcNow(), cancellationToken);
    }
}
