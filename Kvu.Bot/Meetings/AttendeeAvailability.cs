namespace Kvu.Bot.Meetings;

/// <summary>
/// Free/busy of one invitee as Graph's getSchedule reported it. MailboxError is set when Graph could not read the
/// calendar (no mailbox, external address): such a person is reported to the projectleider, never silently
/// counted as free.
/// </summary>
public sealed record AttendeeAvailability(
    string DisplayName,
    string Address,
    bool Required,
    IReadOnlyList<BusyInterval> Busy,
    string? MailboxError = null);
