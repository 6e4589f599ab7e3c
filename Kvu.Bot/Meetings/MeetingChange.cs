namespace Kvu.Bot.Meetings;

/// <summary>What the projectleider wants done with a planned meeting.</summary>
public enum MeetingChange
{
    Reschedule,
    Cancel,
}
