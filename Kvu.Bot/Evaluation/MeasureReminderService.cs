namespace Kvu.Bot.Evaluation;

/// <summary>
/// Runs <see cref="MeasureReminders"/> every <see cref="MeasureReminderOptions.Interval"/> on the app's clock, on the
/// shared <see cref="PeriodicLoop"/>: a failing round is logged and tried again next tick (owners are reminded a little
/// later, never twice).
/// </summary>
public sealed class MeasureReminderService(IServiceProvider services, IOptions<MeasureReminderOptions> options, TimeProvider clock, ILogger<MeasureReminderService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Resolved in the first round, as in ApprovalReminderService: the proactive sender builds the Bot Framework
        // authentication, which must not fail before the options validators have spoken.
        MeasureReminders? reminders = null;
        return PeriodicLoop.RunAsync(options.Value.Interval, clock, "Measure reminder round", token =>
        {
            reminders ??= services.GetRequiredService<MeasureReminders>();
            return reminders.RunAsync(token);
        }, logger, stoppingToken, firstRoundNow: false);
    }
}
