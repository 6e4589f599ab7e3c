namespace Kvu.Bot.Approvals;

/// <summary>What became of one <see cref="PersonReminder"/>.</summary>
public enum ReminderOutcome
{
    /// <summary>Sent now.</summary>
    Reminded,

    /// <summary>Already reminded in this period (a retry, a second run, a restart): nothing sent.</summary>
    AlreadyReminded,

    /// <summary>No Teams account known, no chat with the bot, or that chat is gone: the one who asked is told.</summary>
    Unreachable,

    /// <summary>Teams did not take it now (a long 429, an outage); the mark was taken back, so a later run sends it.</summary>
    Later,
}
