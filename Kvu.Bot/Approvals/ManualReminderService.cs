using Kvu.Bot.Conversations;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Approvals;

/// <summary>
/// Sends the reminders of <see cref="ManualReminderQueue"/>, one request at a time, and then tells the projectleider
/// in their chat with the bot who was reminded and who cannot be reached yet. It runs on the shared
/// <see cref="PeriodicLoop"/>, woken as soon as a request is queued: the first round sends what was stored before a
/// restart, and a request that failed is tried again in the next round (at the latest the next tick of
/// <see cref="ApprovalsOptions.ReminderInterval"/>). A request is removed from storage only after its run, and a
/// member is reminded by hand at most once a day, so running a request twice reminds nobody twice.
/// </summary>
public sealed class ManualReminderService(
    IServiceProvider services, ManualReminderQueue queue, IOptions<ApprovalsOptions> options, TimeProvider clock, ILogger<ManualReminderService> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var requeued = false;
        var failed = new List<ReminderRequest>();
        return PeriodicLoop.RunAsync(options.Value.ReminderInterval, clock, "Reminders by hand", async token =>
        {
            if (!requeued)
            {
                await queue.RequeueStoredAsync(token);
                requeued = true;
            }

            // One row per decision and day in storage, so a request pressed twice (or also stored) runs once.
            var due = queue.TakeAll().Concat(failed).DistinctBy(r => (r.TenantId, r.ProjectId, r.Kind, r.At.UtcDateTime.Date)).ToList();
            failed.Clear();
            foreach (var request in due)
            {
                // One request's failure holds up none of the others; it is kept (also in storage) for the next round.
                try
                {
                    await RunAsync(request, token);
                    await services.GetRequiredService<ApprovalStore>().DeleteReminderRequestAsync(request, token);
                }
                catch (Exception failure) when (!token.IsCancellationRequested)
                {
                    logger.LogError(failure, "Reminders for {ProjectId}/{Kind} failed; retrying in the next round", request.ProjectId, request.Kind);
                    failed.Add(request);
                }
            }
        }, logger, stoppingToken, wakeUp: queue.WaitAsync);
    }

    /// <summary>
    /// Services are resolved here rather than in the constructor, as in PeriodicRoundService: the proactive sender
    /// builds the Bot Framework authentication, which must not fail before the options validators have spoken.
    /// </summary>
    private async Task RunAsync(ReminderRequest request, CancellationToken cancellationToken)
    {
        var reading = await services.GetRequiredService<ApprovalStore>().ReadAsync(new ProjectKey(request.TenantId, request.ProjectId), GroupDecision.IdFor(request.Kind), cancellationToken);
        if (reading is null || reading.Decision.Closed)
        {
            return;
        }

        var decision = reading.Decision;
        var reminders = services.GetRequiredService<ApprovalReminders>();
        var (reminded, unreachable, later) = await reminders.RemindAsync(reading.Tally, manual: true, request.At, cancellationToken);
        logger.LogInformation("Reminded {Reminded} members of {ProjectId}/{DecisionId}; {Unreachable} not reachable, {Later} not taken by Teams now",
            reminded.Count, decision.ProjectId, decision.Id, unreachable.Count, later.Count);
        if (reminded.Count == 0 && unreachable.Count == 0 && later.Count == 0)
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
            reminded.Count > 0 ? ApprovalText.Format(ApprovalText.RemindedNow, culture, string.Join(", ", reminded))
                : later.Count == 0 ? ApprovalText.Get(ApprovalText.NobodyReminded, culture) : null,
            unreachable.Count > 0 ? ApprovalText.Format(ApprovalText.UnreachableNow, culture, string.Join(", ", unreachable)) : null,
            later.Count > 0 ? ApprovalText.Format(ApprovalText.RemindLater, culture, string.Join(", ", later)) : null,
        }.Where(t => t is not null));
        await services.GetRequiredService<ProactiveSender>().SendAsync(address, [Reply.Say(report)], cancellationToken);
    }
}
