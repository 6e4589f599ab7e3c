using Kvu.Bot.Approvals;
using Kvu.Bot.Conversations;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;
using Kvu.Bot.Plan;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// Reminds the owner of each unfinished measure in her own chat, with the measure's progress card so she sets its state
/// right there: <see cref="MeasureReminderOptions.DaysBefore"/> days before its end date, and once it is over tijd, again
/// every <see cref="MeasureReminderOptions.OverdueRepeatDays"/> days up to <see cref="MeasureReminderOptions.MaxOverdueReminders"/>
/// times. Each occasion is marked before it is sent (<see cref="ProgressStore.TryMarkRemindedAsync"/>), so a retry, a
/// restart or a second instance sends none twice; a reminder Teams did not take is unmarked and goes out next round.
/// Owners the bot cannot reach (no Teams account on the measure, no chat with the bot) are named to the projectleider,
/// once per occasion, rather than skipped. Only projects in the Uitvoering or Evaluatie and not archived; the sends go
/// through the <see cref="ProactiveSender"/>, paced within the tenant's rate.
/// </summary>
public sealed class MeasureReminders(
    MeasureStore measures,
    ProgressStore store,
    ProjectStore projects,
    PersonalChats chats,
    ProactiveSender sender,
    IOptions<MeasureReminderOptions> options,
    TimeProvider clock,
    ILogger<MeasureReminders> logger) : IPeriodicRound
{
    /// <summary>Added to an occasion's mark once its owner was named to the projectleider.</summary>
    private const string NamedMark = "|named";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (DutchTime.Local(now).Hour < options.Value.FromHour)
        {
            return;
        }

        // One project's failure holds up none of the others; its marks say what is left.
        await ProjectRound.ForEachAsync(measures.ListProjectsAsync(cancellationToken), (tenantId, projectId) => RemindAsync(tenantId, projectId, now, cancellationToken),
            "Measure reminders", logger);
    }

    private async Task RemindAsync(string tenantId, string projectId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var project = await projects.GetAsync(new ProjectKey(tenantId, projectId), cancellationToken);
        if (project is null)
        {
            await measures.ForgetProjectAsync(projectId, cancellationToken); // deleted after its retention period
            return;
        }

        if (project.IsArchived || project.Phase < KvuPhase.Uitvoering)
        {
            return;
        }

        var today = DutchTime.Date(now);
        var progress = await store.ListAsync(project, cancellationToken);
        var occasions = (await measures.ListAsync(project, cancellationToken))
            .Select(m => MeasureReminderOccasion.For(m, progress.GetValueOrDefault(m.Id)?.State ?? MeasureState.Gepland, today, options.Value))
            .OfType<MeasureReminderOccasion>()
            .ToList();
        if (occasions.Count == 0)
        {
            return;
        }

        var marked = await store.ListRemindedAsync(project, cancellationToken);
        var unreachable = new List<(MeasureReminderOccasion Occasion, bool HasAccount)>();
        var (reminded, later) = (0, 0);
        foreach (var occasion in occasions.Where(o => !marked.Contains(o.Mark)))
        {
            var measure = occasion.Measure;
            var owner = PersonalChats.Account(measure.Owner);
            var address = owner is null ? null : await chats.FindAsync(tenantId, owner, cancellationToken);
            if (address is null)
            {
                if (!marked.Contains(occasion.Mark + NamedMark))
                {
                    unreachable.Add((occasion, owner is not null));
                }

                continue;
            }

            if (!await store.TryMarkRemindedAsync(project, occasion.Mark, now, cancellationToken))
            {
                continue; // another round sent it just now
            }

            var culture = BotText.CultureFor(address.Locale);
            var card = ProgressCard.Measure(project, measure, progress.GetValueOrDefault(measure.Id), null, false, owner!, today, culture);
            var result = await sender.SendAsync(address, [new Reply(Text(project, occasion, culture), card)], cancellationToken);
            switch (result.Outcome)
            {
                case SendOutcome.Sent:
                    reminded++;
                    break;
                case SendOutcome.RecipientGone:
                    // Her chat with the bot is gone (app removed): the projectleider hears of it; this occasion stays marked.
                    unreachable.Add((occasion, true));
                    break;
                default:
                    // Teams did not take it now (a long 429, an outage): the next round sends it.
                    await store.ForgetRemindedAsync(project, occasion.Mark, cancellationToken);
                    later++;
                    break;
            }
        }

        logger.LogInformation("Measure reminders of {ProjectId}: {Reminded} sent, {Unreachable} owners not reachable, {Later} for a later round",
            projectId, reminded, unreachable.Count, later);
        if (unreachable.Count > 0)
        {
            await TellProjectleiderAsync(project, unreachable, now, cancellationToken);
        }
    }

    /// <summary>Names the owners the bot cannot reach to the projectleider in one message, each occasion once.</summary>
    private async Task TellProjectleiderAsync(KvuProject project, IReadOnlyList<(MeasureReminderOccasion Occasion, bool HasAccount)> unreachable, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var address = await chats.ProjectleiderAsync(project, cancellationToken);
        if (address is null)
        {
            logger.LogWarning("Owners of {Count} measures of {ProjectId} not reachable, and neither is the projectleider", unreachable.Count, project.Id);
            return;
        }

        var named = new List<(MeasureReminderOccasion Occasion, bool HasAccount)>();
        foreach (var item in unreachable)
        {
            if (!await store.TryMarkRemindedAsync(project, item.Occasion.Mark + NamedMark, now, cancellationToken))
            {
                // Another round is naming these owners right now, in the same order: it names the rest too, so the
                // projectleider gets one message rather than the list split between two.
                break;
            }

            named.Add(item);
        }

        if (named.Count == 0)
        {
            return;
        }

        var culture = BotText.CultureFor(address.Locale);
        var lines = named.Select(n => "- " + EvaluationText.Format(n.HasAccount ? EvaluationKeys.MeasureReminderOwnerNoChat : EvaluationKeys.MeasureReminderOwnerNoAccount, culture,
            n.Occasion.Measure.Id, n.Occasion.Measure.Title, n.Occasion.Measure.Owner.DisplayName, EvaluationText.Date(n.Occasion.Measure.End, culture),
            EvaluationText.Get(n.Occasion.Overdue is null ? EvaluationKeys.MeasureReminderEndsSoon : EvaluationKeys.MeasureReminderIsOverdue, culture)));
        var text = EvaluationText.Format(EvaluationKeys.MeasureReminderOwnersUnreachable, culture, project.Gemeente, project.Uitgaansgebied) + "\n\n" + string.Join("\n", lines);
        var result = await sender.SendAsync(address, [Reply.Say(text)], cancellationToken);
        if (result.Outcome is not (SendOutcome.Sent or SendOutcome.RecipientGone))
        {
            foreach (var item in named)
            {
                await store.ForgetRemindedAsync(project, item.Occasion.Mark + NamedMark, cancellationToken);
            }
        }
    }

    private static string Text(KvuProject project, MeasureReminderOccasion occasion, CultureInfo culture) =>
        EvaluationText.Format(occasion.Overdue is null ? EvaluationKeys.MeasureReminderDue : EvaluationKeys.MeasureReminderOverdue, culture,
            occasion.Measure.Id, occasion.Measure.Title, project.Gemeente, project.Uitgaansgebied,
            EvaluationText.Date(occasion.Measure.End, culture), EvaluationText.Name(occasion.State, culture));
}
