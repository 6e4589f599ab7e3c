namespace Kvu.Bot.Meetings;

/// <summary>
/// A meeting the bot created in the organiser's calendar; EventId is the Graph event id used to reschedule/cancel
/// (for a meeting offered as .ics without Graph: the iCalendar UID, and Sequence counts its updates).
/// SummaryPostedAt marks the progress summary posted after it; ETag is the version read from the store.
/// </summary>
public sealed record ScheduledMeeting(
    string EventId,
    string OrganizerId,
    string Subject,
    DateTimeOffset Start,
    DateTimeOffset End,
    string? JoinUrl)
{
    public bool Cancelled { get; init; }

    public int Sequence { get; init; }

    public bool ViaIcs { get; init; }

    /// <summary>
    /// An .ics meeting the projectleider has not yet said they sent from Outlook: not planned, so not shown as the next
    /// meeting, not summarised, and nobody is told it was planned.
    /// </summary>
    public bool AwaitingSend { get; init; }

    public DateTimeOffset? SummaryPostedAt { get; init; }

    /// <summary>True when the summary was given up (project gone, or no channel to post in for too long).</summary>
    public bool SummaryDropped { get; init; }

    public string? SummaryClaimedBy { get; init; }

    public DateTimeOffset? SummaryLeaseUntil { get; init; }

    public Azure.ETag ETag { get; init; }
}
