namespace Kvu.Bot.Approvals;

/// <summary>
/// Who one reminder round reached: reminded now, not reachable (no chat with the bot, or that chat is gone), and
/// reachable but not reminded yet because Teams did not take the message (their mark was taken back, so a later run
/// or press sends it).
/// </summary>
public sealed record ReminderRound(IReadOnlyList<string> Reminded, IReadOnlyList<string> Unreachable, IReadOnlyList<string> Later)
{
    /// <summary>Reachable, but reminded in this period already (a second press the same day): not reminded again.</summary>
    public IReadOnlyList<string> Already { get; init; } = [];
}
