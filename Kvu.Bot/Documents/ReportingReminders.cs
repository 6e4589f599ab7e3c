using Kvu.Bot.Approvals;
using Kvu.Bot.Conversations;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Documents;

/// <summary>
/// On the day the next voortgangsrapportage to B&amp;W is due (the project's reporting rhythm), its projectleider gets a
/// message in her own chat, once, with the document card to make it there (the period since the last report filled in).
/// A day the bot was down is caught up the next. The weekly status keeps showing it too (<see cref="ReportingSection"/>).
/// </summary>
public sealed class ReportingReminders(
    ReportingReminderStore store,
    ProjectStore projects,
    PersonalChats chats,
    ProactiveSender sender,
    TimeProvider clock,
    ILogger<ReportingReminders> logger) : IPeriodicRound
{
    /// <summary>Dutch hour from which the day's reminder goes out.</summary>
    public const int FromHour = 8;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (DutchTime.Local(now).Hour < FromHour)
        {
            return;
        }

        await ProjectRound.ForEachAsync(store.ListAsync(cancellationToken), (tenantId, projectId) => RemindAsync(tenantId, projectId, now, cancellationToken),
            "Reporting reminder", logger);
    }

    private async Task RemindAsync(string tenantId, string projectId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var project = await projects.GetAsync(new ProjectKey(tenantId, projectId), cancellationToken);
        if (project?.Reporting is not { } rhythm)
        {
            await store.ForgetAsync(projectId, cancellationToken); // the rhythm was stopped (or the project is gone)
            return;
        }

        var today = DutchTime.Date(now);
        if (project.IsArchived || rhythm.NextDue > today || await store.IsMarkedAsync(projectId, rhythm.NextDue, cancellationToken))
        {
            return;
        }

        var address = await chats.ProjectleiderAsync(project, cancellationToken);
        if (address is null)
        {
            logger.LogWarning("Voortgangsrapportage of {ProjectId} due; the projectleider cannot be reached in her own chat", projectId);
            return;
        }

        if (!await store.TryMarkAsync(projectId, rhythm.NextDue, now, cancellationToken))
        {
            return;
        }

        var culture = BotText.CultureFor(address.Locale);
        var text = DocumentText.Format(rhythm.NextDue == today ? "ReportingReminder_Today" : "ReportingReminder_Late", culture,
            project.Gemeente, project.Uitgaansgebied, Formation.Cards.CardParts.Date(rhythm.NextDue, culture));
        var card = DocumentCard.Build(project, DocumentConversation.DefaultPeriod(project, today), culture, forProject: true);
        var result = await sender.SendAsync(address, [new Reply(text, card)], cancellationToken);
        if (result.Outcome is not (SendOutcome.Sent or SendOutcome.RecipientGone))
        {
            await store.UnmarkAsync(projectId, rhythm.NextDue, cancellationToken); // Teams did not take it now: the next round sends it
        }

        logger.LogInformation("Voortgangsrapportage of {ProjectId} due {Due}: projectleider reminded ({Outcome})", projectId, rhythm.NextDue, result.Outcome);
    }
}
