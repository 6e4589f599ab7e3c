namespace Kvu.Bot.Meetings;

// What the meeting cards put in Action.Submit data ("verb" plus fields), for MeetingConversation to read back.
public static class MeetingVerbs
{
    public const string Field = "verb";

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

    public static bool IsMeetingVerb(string? verb) => verb is Pick or Reschedule or Move or Cancel;
}
