namespace Kvu.Bot.Common;

/// <summary>
/// Runs <typeparamref name="TRound"/> at every tick of its <see cref="PeriodicRoundSchedule{TRound}"/> on the app's
/// clock (first at the first tick, or as the app starts), on the shared <see cref="PeriodicLoop"/>: a failing round is
/// logged and tried again next tick (people are reminded a little later, never twice: the rounds mark what they sent;
/// a weekly post or a summary is claimed before it is sent). Every background job of the app is such a round.
/// </summary>
public sealed class PeriodicRoundService<TRound>(IServiceProvider services, PeriodicRoundSchedule<TRound> schedule, TimeProvider clock, ILogger<TRound> logger)
    : BackgroundService
    where TRound : class, IPeriodicRound
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (schedule.Switch is { } onOff && !onOff.IsOn(services))
        {
            logger.LogInformation("{Work}: background loop switched off ({Setting})", schedule.Work, onOff.Setting);
            return Task.CompletedTask;
        }

        // Resolved in the first round, not in the constructor: hosted services are built before the options are
        // validated at start-up, and the proactive sender behind the reminders builds the Bot Framework
        // authentication, which would otherwise fail first with a less helpful message than the validators give.
        TRound? round = null;
        return PeriodicLoop.RunAsync(schedule.Interval(services), clock, schedule.Work, token =>
        {
            round ??= services.GetRequiredService<TRound>();
            return round.RunAsync(token);
        }, logger, stoppingToken, schedule.FirstRoundNow);
    }
}
