using Kvu.Bot.Conversations;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Approvals;

/// <summary>
/// Reminds members who have not responded to an open group decision within <see cref="ApprovalsOptions.ReminderAfterDays"/>
/// days of its current version: each gets their own card 1:1 (once per version), and the one who put the decision
/// to the group gets a single digest per project, not a message per member. Members the bot cannot reach yet are
/// named in the digest with what to do. Every clock read goes through <see cref="TimeProvider"/>. In the same pass over
/// the projects with decisions, the features' own reminders (<see cref="IProjectReminders"/>) run per project.
/// </summary>
public sealed class ApprovalReminders(
    ApprovalStore approvals,
    ProjectStore projects,
    WerkgroepAlignment werkgroep,
    InvitationStore reach,
    ConversationStore conversations,
    ProactiveSender sender,
    IOptions<ApprovalsOptions> options,
    TimeProvider clock,
    ILogger<ApprovalReminders> logger,
    IEnumerable<IProjectReminders>? others = null) : IPeriodicRound
{
    private readonly IReadOnlyList<IProjectReminders> _others = [.. others ?? []];

    private readonly PersonReminders _people = new(approvals, new PersonalChats(reach, conversations), sender, logger);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = now - TimeSpan.FromDays(options.Value.ReminderAfterDays);
        var digests = new Dictionary<(string TenantId, string ProjectId, string To), List<string>>();
        var names = new Dictionary<(string TenantId, string ProjectId, string To), string>();
        await foreach (var tally in DueAsync(due, now, cancellationToken))
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
            var decisionTitle = ApprovalText.Get($"Title_{decision.Kind}", ReaderCulture.Dutch);
            if (reminded.Count > 0)
            {
                lines.Add(ApprovalText.Format(ApprovalText.DigestLine, ReaderCulture.Dutch, decisionTitle, string.Join(", ", reminded)));
            }

            // Unreachable members are named once per version, in the first digest that is due, not in every run.
            if (unreachable.Count > 0 && await approvals.TryMarkRemindedAsync(projectId, decision.Id, decision.Version, "~digest", now, cancellationToken))
            {
                lines.Add(ApprovalText.Format(ApprovalText.DigestUnreachable, ReaderCulture.Dutch, decisionTitle, string.Join(", ", unreachable)));
            }
        }

        foreach (var (key, lines) in digests.Where(d => d.Value.Count > 0))
        {
            var address = await conversations.GetAsync(key.TenantId, key.To, cancellationToken);
            if (address is not null)
            {
                var text = ApprovalText.Format(ApprovalText.DigestTitle, ReaderCulture.Dutch, names[key]) + "\n\n" + string.Join("\n\n", lines.Select(l => $"- {l}"));
                await sender.SendAsync(address, [Reply.Say(text)], cancellationToken);
            }
        }
    }

    /// <summary>
    /// Every open decision whose current version is older than <paramref name="due"/>: one query per project with
    /// decisions; before each project's, the other reminders of that project run.
    /// </summary>
    private async IAsyncEnumerable<DecisionTally> DueAsync(DateTimeOffset due, DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var (tenantId, projectId) in approvals.ListProjectsWithDecisionsAsync(cancellationToken))
        {
            foreach (var other in _others)
            {
                // One feature's failure for one project holds up neither the decisions' reminders nor the other projects.
                try
                {
                    await other.RemindAsync(tenantId, projectId, now, cancellationToken);
                }
                catch (Exception failure) when (!cancellationToken.IsCancellationRequested)
                {
                    logger.LogError(failure, "{Reminders} for {ProjectId} failed; tried again at the next tick", other.GetType().Name, projectId);
                }
            }

            var key = new ProjectKey(tenantId, projectId);
            IReadOnlyList<DecisionTally> open = [.. (await approvals.ListOpenAsync(key, cancellationToken)).Where(t => t.Decision.UpdatedAt <= due)];

            // A seat that changed hands since anyone clicked the card: the decision follows the werkgroep first, so the
            // one who left is not reminded and the one who came in gets her days from the change, like everyone asked anew.
            if (open.Count > 0 && await projects.GetAsync(key, cancellationToken) is { } project)
            {
                open = await werkgroep.SaveInLineAsync(project, open, now, cancellationToken);
            }

            foreach (var tally in open.Where(t => t.Decision.UpdatedAt <= due))
            {
                yield return tally;
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
            var version = manual ? ManualMark(now) : decision.Version;
            var reminder = new PersonReminder(decision.TenantId, decision.ProjectId, decision.Id, version.ToString(CultureInfo.InvariantCulture), voter.AadObjectId,
                new Formation.PersonRef(voter.DisplayName, voter.AadObjectId, null), () =>
                {
                    // The member's language is not known outside a turn; Dutch is the bot's default.
                    var culture = ReaderCulture.Dutch;
                    var title = ApprovalText.Get($"Title_{decision.Kind}", culture);
                    var card = DecisionViews.View(tally, voter.AadObjectId, manages: false, culture); // the responses read above, not again per member
                    return new Reply(ApprovalText.Format(ApprovalText.Reminder, culture, title, decision.ProjectName), card);
                });
            switch (await _people.RemindAsync(reminder, whileUserWaits: false, now, cancellationToken))
            {
                case ReminderOutcome.Reminded:
                    reminded.Add(voter.DisplayName);
                    break;
                case ReminderOutcome.Unreachable:
                    unreachable.Add(voter.DisplayName);
                    break;
                case ReminderOutcome.Later:
                    later.Add(voter.DisplayName);
                    break;
            }
        }

        return new ReminderRound(reminded, unreachable, later);
    }
}
