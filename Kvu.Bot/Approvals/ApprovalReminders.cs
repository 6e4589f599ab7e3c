using Kvu.Bot.Conversations;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Approvals;

/// <summary>
/// Reminds members who have not responded to an open group decision within <see cref="ApprovalsOptions.ReminderAfterDays"/>
/// days of its current version: each gets their own card 1:1 (once per version), and the one who put the decision
/// to the group gets a single digest per project, not a message per member. Members the bot cannot reach yet are
/// named in the digest with what to do. Every clock read goes through <see cref="TimeProvider"/>.
/// </summary>
public sealed class ApprovalReminders(
    ApprovalStore approvals,
    InvitationStore reach,
    ConversationStore conversations,
    ProactiveSender sender,
    IOptions<ApprovalsOptions> options,
    TimeProvider clock,
    ILogger<ApprovalReminders> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = now - TimeSpan.FromDays(options.Value.ReminderAfterDays);
        var digests = new Dictionary<(string TenantId, string ProjectId, string To), List<string>>();
        var names = new Dictionary<(string TenantId, string ProjectId, string To), string>();
        await foreach (var tally in DueAsync(due, cancellationToken))
        {
            var decision = tally.Decision;
            var (tenantId, projectId) = (decision.TenantId, decision.ProjectId);
            var (reminded, unreachable, _) = await RemindAsync(tally, manual: false, now, cancellationToken); // the later ones are tried again next run
            var to = await reach.GetReachAsync(tenantId, decision.StartedBy, cancellationToken);
            if (to is null || (reminded.Count == 0 && unreachable.Count == 0))
            {
                continue;
            }

            var key = (tenantId, projectId, to);
            names[key] = decision.ProjectName;
            var lines = digests.TryGetValue(key, out var existing) ? existing : digests[key] = [];
            var decisionTitle = ApprovalText.Get($"Title_{decision.Kind}", BotText.Dutch);
            if (reminded.Count > 0)
            {
                lines.Add(ApprovalText.Format(ApprovalText.DigestLine, BotText.Dutch, decisionTitle, string.Join(", ", reminded)));
            }

            // Unreachable members are named once per version, in the first digest that is due, not in every run.
            if (unreachable.Count > 0 && await approvals.TryMarkRemindedAsync(projectId, decision.Id, decision.Version, "~digest", now, cancellationToken))
            {
                lines.Add(ApprovalText.Format(ApprovalText.DigestUnreachable, BotText.Dutch, decisionTitle, string.Join(", ", unreachable)));
            }
        }

        foreach (var (key, lines) in digests.Where(d => d.Value.Count > 0))
        {
            var address = await conversations.GetAsync(key.TenantId, key.To, cancellationToken);
            if (address is not null)
            {
                var text = ApprovalText.Format(ApprovalText.DigestTitle, BotText.Dutch, names[key]) + "\n\n" + string.Join("\n\n", lines.Select(l => $"- {l}"));
                await sender.SendAsync(address, [Reply.Say(text)], cancellationToken);
            }
        }
    }

    /// <summary>Every open decision whose current version is older than <paramref name="due"/>: one query per project with decisions.</summary>
    private async IAsyncEnumerable<DecisionTally> DueAsync(DateTimeOffset due, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var (tenantId, projectId) in approvals.ListProjectsWithDecisionsAsync(cancellationToken))
        {
            foreach (var tally in await approvals.ListOpenAsync(tenantId, projectId, cancellationToken))
            {
                if (tally.Decision.UpdatedAt <= due)
                {
                    yield return tally;
                }
            }
        }
    }

    /// <summary>The "version" a reminder by hand is marked under: one per day (negative, so it never meets a real version).</summary>
    public static int ManualMark(DateTimeOffset now) => -int.Parse(now.ToString("yyyyMMdd", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>
    /// Sends each member who has not responded to the current version their own card 1:1: automatically once per
    /// version, or when the projectleider presses "Herinneren" at most once a day per member.
    /// </summary>
    public async Task<ReminderRound> RemindAsync(DecisionTally tally, bool manual, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var decision = tally.Decision;
        var reminded = new List<string>();
        var unreachable = new List<string>();
        var later = new List<string>();

        // One by one: the proactive sender paces them within the tenant's rate and waits out a short 429.
        foreach (var voter in tally.Pending)
        {
            var conversationId = await reach.GetReachAsync(decision.TenantId, voter.AadObjectId, cancellationToken);
            var address = conversationId is null ? null : await conversations.GetAsync(decision.TenantId, conversationId, cancellationToken);
            if (address is null)
            {
                unreachable.Add(voter.DisplayName);
                continue;
            }

            var version = manual ? ManualMark(now) : decision.Version;
            if (!await approvals.TryMarkRemindedAsync(decision.ProjectId, decision.Id, version, voter.AadObjectId, now, cancellationToken))
            {
                continue;
            }

            // The member's language is not known outside a turn; Dutch is the bot's default.
            var culture = BotText.Dutch;
            var title = ApprovalText.Get($"Title_{decision.Kind}", culture);
            var card = DecisionViews.View(tally, voter.AadObjectId, manages: false, culture); // the responses read above, not again per member
            var result = await sender.SendAsync(address, [new Reply(ApprovalText.Format(ApprovalText.Reminder, culture, title, decision.ProjectName), card)], cancellationToken);
            if (result.Outcome != SendOutcome.Sent)
            {
                logger.LogWarning("Reminder for {DecisionId} of {ProjectId} to {AadObjectId}: {Outcome}", decision.Id, decision.ProjectId, voter.AadObjectId, result.Outcome);
            }

            switch (result.Outcome)
            {
                case SendOutcome.Sent:
                    reminded.Add(voter.DisplayName);
                    break;
                case SendOutcome.RecipientGone:
                    // Their chat with the bot is gone (app removed): they are reached again once they open it.
                    unreachable.Add(voter.DisplayName);
                    break;
                default:
                    // Teams did not take it now (a long 429, an outage): not a failure of the member's reach.
                    await approvals.ForgetRemindedAsync(decision.ProjectId, decision.Id, version, voter.AadObjectId, cancellationToken);
                    later.Add(voter.DisplayName);
                    break;
            }
        }

        return new ReminderRound(reminded, unreachable, later);
    }
}
