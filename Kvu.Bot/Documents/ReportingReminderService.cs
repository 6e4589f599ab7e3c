using Kvu.Bot.Approvals;

namespace Kvu.Bot.Documents;

/// <summary>
/// Runs <see cref="ReportingReminders"/> on the shared <see cref="PeriodicLoop"/>, as often as the approval reminders
/// (<see cref="ApprovalsOptions.ReminderInterval"/>): a failing round is tried again next tick, and nobody is reminded twice.
/// </summary>
public sealed class ReportingReminderService(IServiceProvider services, IOptions<ApprovalsOptions> options, TimeProvider clock, ILogger<ReportingReminderService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Resolved in the first round, as in ApprovalReminderService: the proactive sender builds the Bot Framework
        // authentication, which must not fail before the options validators have spoken.
        ReportingReminders? reminders = null;
        return PeriodicLoop.RunAsync(options.Value.ReminderInterval, clock, "Reporting reminder round", token =>
        {
            reminders ??= services.GetRequiredService<ReportingReminders>();
            return reminders.RunAsync(token);
        }, logger, stoppingToken, firstRoundNow: false);
    }
}
