namespace Kvu.Bot.Common;

/// <summary>
/// Runs <typeparamref name="TRound"/> at every tick of its <see cref="PeriodicRoundSchedule{TRound}"/> on the app's
/// clock, first at the first tick, on the shared <see cref="PeriodicLoop"/>: a failing round is logged and tried again
/// next tick (people are reminded a little later, never twice: the rounds mark what they sent).
/// </summary>
public sealed class PeriodicRoundService<TRound>(IServiceProvider services, PeriodicRoundSchedule<TRound> schedule, TimeProvider clock, ILogger<TRound> logger)
    : BackgroundService
    where TRound : class, IPeriodicRound
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Resolved in the first round, not in the constructor: hosted services are built before the options are
        // validated at start-up, and the proactive sender behind the reminders builds the Bot Framework
        // authentication, which would otherwise fail first with a less helpful message than the validators give.
        TRound? round = null;
        return PeriodicLoop.RunAsync(schedule.Interval(services), clock, schedule.Work, token =>
        {
            round ??= services.GetRequiredService<TRound>();
            return round.RunAsync(token);
        }, logger, stoppingToken, firstRoundNow: false);
    }
}
