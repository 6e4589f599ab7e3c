namespace Kvu.Bot.Meetings;

/// <summary>
/// What the meeting cards put in Action.Submit data (the verb, under CardVerb.Field, plus fields), for
/// MeetingConversation, which owns these verbs, to read back.
/// </summary>
public static class MeetingVerbs
{
    /// <summary>A proposed time for a new meeting.</summary>
    public const string Pick = "meetings.pick";

    /// <summary>"Verzetten" on a meeting: new proposals for that meeting.</summary>
    public const string Reschedule = "meetings.reschedule";

    /// <summary>A proposed new time for an existing meeting.</summary>
    public const string Move = "meetings.move";

    /// <summary>"Annuleren" on a meeting.</summary>
    public const string Cancel = "meetings.cancel";

    /// <summary>"Uitnodiging verstuurd": the projectleider sent the .ics from Outlook, so the meeting is planned.</summary>
    public const string Sent = "meetings.sent";

    public const string ProjectField = "projectId";
    public const string EventField = "eventId";

    public static IReadOnlyCollection<string> All { get; } = [Pick, Reschedule, Move, Cancel, Sent];
}
