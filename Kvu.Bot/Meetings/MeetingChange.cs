namespace Kvu.Bot.Meetings;

// What the projectleider wants done with a planned meeting.
public enum MeetingChange
{
    Reschedule,
    Cancel,
}
