namespace Kvu.Bot.Meetings;

// What the meeting cards put in Action.Submit data (the verb, under CardVerb.Field, plus fields), for
// MeetingConversation, which owns these verbs, to read back.
public static class MeetingVerbs
{
    // A proposed time for a new meeting.
    public const string Pick = "meetings.pick";

    // "Verzetten" on a meeting: new proposals for that meeting.
    public const string Reschedule = "meetings.reschedule";

    // A proposed new time for an existing meeting.
    public const string Move = "meetings.move";

    // "Annuleren" on a meeting.
    public const string Cancel = "meetings.cancel";

    public const string ProjectField = "projectId";
    public const string EventField = "eventId";

    public static IReadOnlyCollection<string> All { get; } = [Pick, Reschedule, Move, Cancel];
}
