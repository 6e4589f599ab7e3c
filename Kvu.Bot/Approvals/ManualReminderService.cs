using Kvu.Bot.Conversations;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Approvals;

/// <summary>
/// Sends the reminders of <see cref="ManualReminderQueue"/>, one request at a time, and then tells the projectleider
/// in their chat with the bot who was reminded and who cannot be reached yet. A request is removed from storage only
/// after its run, and a member is reminded by hand at most once a day, so running a request twice reminds nobody twice.
/// </summary>
public sealed class ManualReminderService(IServiceProvider services, ManualReminderQueue queue, ILogger<ManualReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Resolved here rather than in the constructor, as in ApprovalReminderService: the proactive sender builds the
        // Bot Framework authentication, which must not fail before the options validators have spoken.
        await Task.Yield();
        var approvals = services.GetRequiredService<ApprovalStore>();
        try
        {
            await queue.RequeueStoredAsync(stoppingToken);
        }
        catch (Azure.RequestFailedException failure)
        {
            logger.LogWarning(failure, "Stored reminder requests could not be read; the hourly reminder job still reminds members");
        }

        await foreach (var request in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RunAsync(request, approvals, stoppingToken);
                await approvals.DeleteReminderRequestAsync(request, stoppingToken);
            }
            catch (Azure.RequestFailedException failure)
            {
                // Kept in storage: the next start sends what is left; nobody is reminded twice the same day.
                logger.LogWarning(failure, "Reminders for {ProjectId}/{Kind} stopped", request.ProjectId, request.Kind);
            }
        }
    }

    private async Task RunAsync(ReminderRequest request, ApprovalStore approvals, CancellationToken cancellationToken)
    {
        var reading = await approvals.ReadAsync(request.TenantId, request.ProjectId, GroupDecision.IdFor(request.Kind), cancellationToken);
        if (reading is null || reading.Decision.Closed)
        {
            return;
        }

        var decision = reading.Decision;
        var reminders = services.GetRequiredService<ApprovalReminders>();
        var (reminded, unreachable) = await reminders.RemindAsync(reading.Tally, manual: true, request.At, cancellationToken);
        logger.LogInformation("Reminded {Reminded} members of {ProjectId}/{DecisionId}; {Unreachable} not reachable", reminded.Count, decision.ProjectId, decision.Id, unreachable.Count);
        if (reminded.Count == 0 && unreachable.Count == 0)
        {
            return;
        }

        var reach = await services.GetRequiredService<InvitationStore>().GetReachAsync(request.TenantId, request.RequestedBy, cancellationToken);
        var address = reach is null ? null : await services.GetRequiredService<ConversationStore>().GetAsync(request.TenantId, reach, cancellationToken);
        if (address is null)
        {
            return;
        }

        var culture = BotText.CultureFor(request.Locale);
        var report = string.Join(" ", new[]
        {
            ApprovalText.Get($"Title_{decision.Kind}", culture) + ":",
            reminded.Count > 0 ? ApprovalText.Format(ApprovalText.RemindedNow, culture, string.Join(", ", reminded)) : ApprovalText.Get(ApprovalText.NobodyReminded, culture),
            unreachable.Count > 0 ? ApprovalText.Format(ApprovalText.UnreachableNow, culture, string.Join(", ", unreachable)) : null,
        }.Where(t => t is not null));
        await services.GetRequiredService<ProactiveSender>().SendAsync(address, [Reply.Say(report)], cancellationToken);
    }
}
