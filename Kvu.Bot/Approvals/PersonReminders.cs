using Kvu.Bot.Conversations;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Approvals;

/// <summary>
/// The one way to remind a person 1:1 of something she still has to do: her chat with the bot (her reach, by her
/// Teams account), a mark in the project's partition so she is reminded once per key and period however often a job
/// runs or restarts, and the proactive sender, which paces every post within the tenant's rate. Used by the group
/// decisions' reminders and the convenant's; a measure's owner can be reminded the same way.
/// </summary>
public sealed class PersonReminders(ApprovalStore marks, PersonalChats chats, ProactiveSender sender, ILogger logger)
{
    /// <summary>Her chat with the bot, by her Teams account; null when she has none (no account known, never opened it, erased).</summary>
    public Task<ConversationAddress?> ReachAsync(string tenantId, Formation.PersonRef person, CancellationToken cancellationToken) =>
        chats.ReachAsync(tenantId, person, cancellationToken);

    /// <param name="whileUserWaits">Someone waits in a turn for the result: sends give up after the sender's in-turn wait.</param>
    public async Task<ReminderOutcome> RemindAsync(PersonReminder reminder, bool whileUserWaits, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        var aad = reminder.Person.AadObjectId?.Trim();
        if (await ReachAsync(reminder.TenantId, reminder.Person, cancellationToken) is not { } address)
        {
            return ReminderOutcome.Unreachable;
        }

        if (!await marks.TryMarkRemindedAsync(reminder.ProjectId, reminder.Subject, reminder.Period, reminder.Key, now, cancellationToken))
        {
            return ReminderOutcome.AlreadyReminded;
        }

        var message = reminder.Message();
        var result = whileUserWaits
            ? await sender.SendWhileUserWaitsAsync(address, [message], cancellationToken)
            : await sender.SendAsync(address, [message], cancellationToken);
        if (result.Outcome != SendOutcome.Sent)
        {
            logger.LogWarning("Reminder of {Subject} in {ProjectId} to {AadObjectId}: {Outcome}", reminder.Subject, reminder.ProjectId, aad, result.Outcome);
        }

        switch (result.Outcome)
        {
            case SendOutcome.Sent:
                return ReminderOutcome.Reminded;
            case SendOutcome.RecipientGone:
                // Her chat with the bot is gone (app removed): she is reached again once she opens it.
                return ReminderOutcome.Unreachable;
            default:
                await marks.ForgetRemindedAsync(reminder.ProjectId, reminder.Subject, reminder.Period, reminder.Key, cancellationToken);
                return ReminderOutcome.Later;
        }
    }
}
