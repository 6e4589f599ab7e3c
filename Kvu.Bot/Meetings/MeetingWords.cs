using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Meetings;

/// <summary>The words of the meeting and summary commands, from Meetings.resx (<see cref="Words"/>).</summary>
public static class MeetingWords
{
    public static readonly Words Meeting = Read("Meeting");
    public static readonly Words Reschedule = Read("Reschedule");
    public static readonly Words Cancel = Read("Cancel");
    public static readonly Words KickOff = Read("KickOff");

    /// <summary>Units after a number: "90 min", "2 uur", "10 dagen", "elke 4 weken".</summary>
    public static readonly Words Minutes = Read("Minutes");
    public static readonly Words Hours = Read("Hours");
    public static readonly Words Days = Read("Days");
    public static readonly Words Every = Read("Every");
    public static readonly Words Weeks = Read("Weeks");

    public static readonly Words Summary = Read("Summary");

    private static Words Read(string command) => new(MeetingText.ResourceManager, $"Words_{command}");
}
