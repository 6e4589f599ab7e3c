namespace Kvu.Bot.Meetings;

/// <summary>The meeting commands as people type them (Meetings.resx, <c>Words_…</c>).</summary>
public enum MeetingWord
{
    Meeting,
    Reschedule,
    Cancel,
    KickOff,

    /// <summary>Units after a number: "90 min", "2 uur", "10 dagen", "elke 4 weken".</summary>
    Minutes,
    Hours,
    Days,
    Every,
    Weeks,
}
