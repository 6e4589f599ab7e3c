using Microsoft.Extensions.Options;

namespace Kvu.Bot.Approvals;

/// <summary>Runs <see cref="ApprovalReminders"/> every <see cref="ApprovalsOptions.ReminderInterval"/> on the app's clock.</summary>
public sealed class ApprovalReminderService(ApprovalReminders reminders, IOptions<ApprovalsOptions> options, TimeProvider clock, ILogger<ApprovalReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ReminderInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
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
