namespace Kvu.Bot.Approvals;

/// <summary>
/// Runs <see cref="ApprovalReminders"/> every <see cref="ApprovalsOptions.ReminderInterval"/> on the app's clock, first
/// at the first tick, on the shared <see cref="PeriodicLoop"/>: a failing round is logged and tried again next tick
/// (members are reminded a little later, never twice).
/// </summary>
public sealed class ApprovalReminderService(IServiceProvider services, IOptions<ApprovalsOptions> options, TimeProvider clock, ILogger<ApprovalReminderService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Resolved in the first round, not in the constructor: hosted services are built before the options are
        // validated at start-up, and the proactive sender behind the reminders builds the Bot Framework
        // authentication, which would otherwise fail first with a less helpful message than the validators give.
        ApprovalReminders? reminders = null;
        return PeriodicLoop.RunAsync(options.Value.ReminderInterval, clock, "Approval reminder round", token =>
        {
            reminders ??= services.GetRequiredService<ApprovalReminders>();
            return reminders.RunAsync(token);
        }, logger, stoppingToken, firstRoundNow: false);
    }
}
