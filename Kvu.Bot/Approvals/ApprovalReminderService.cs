using Microsoft.Extensions.Options;

namespace Kvu.Bot.Approvals;

/// <summary>Runs <see cref="ApprovalReminders"/> every <see cref="ApprovalsOptions.ReminderInterval"/> on the app's clock.</summary>
public sealed class ApprovalReminderService(IServiceProvider services, IOptions<ApprovalsOptions> options, TimeProvider clock, ILogger<ApprovalReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ReminderInterval, clock);

        // Resolved on the first tick, not in the constructor: hosted services are built before the options are
        // validated at start-up, and the proactive sender behind the reminders builds the Bot Framework
        // authentication, which would otherwise fail first with a less helpful message than the validators give.
        ApprovalReminders? reminders = null;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            reminders ??= services.GetRequiredService<ApprovalReminders>();
            try
            {
                await reminders.RunAsync(stoppingToken);
            }
            catch (Azure.RequestFailedException failure)
            {
                // Storage unreachable: the next tick tries again; members are reminded a little later, never twice.
                logger.LogWarning(failure, "Approval reminders skipped this round");
            }
        }
    }
}
