namespace Kvu.Bot.Meetings;

/// <summary>Bound from "Meetings": the progress summary posted in the werkgroep channel after each meeting.</summary>
public sealed class MeetingSummaryOptions
{
    public const string SectionName = "Meetings";

    /// <summary>False stops the background loop (tests, or an instance that must not post); RunOnceAsync still works.</summary>
    public bool AutoSummaryEnabled { get; set; } = true;

    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a claim keeps other instances off a meeting's summary; an unposted claim is re-taken after it.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "06:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A summary that could not be posted this long after the meeting (no channel, bot removed) is dropped: it would be stale.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "14.00:00:00")]
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromDays(2);
}
