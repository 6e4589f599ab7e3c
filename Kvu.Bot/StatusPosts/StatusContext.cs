using System.Globalization;
using Kvu.Bot.Formation;
using Kvu.Bot.Meetings;

namespace Kvu.Bot.StatusPosts;

/// <summary>
/// What a weekly status is about: the project as it is now, the period since the last post, and what other
/// features know of it (meetings, open group decisions, late answers), read by <see cref="StatusFacts"/> so that
/// the sections stay pure.
/// </summary>
public sealed record StatusContext(KvuProject Project, DateTimeOffset Since, DateTimeOffset Now, CultureInfo Culture)
{
    /// <summary>The decision log of the period, oldest first.</summary>
    public IEnumerable<Decision> Changes => Project.Decisions.Where(d => d.At > Since && d.At <= Now);

    /// <summary>The project's meetings from <see cref="Since"/> on, held and planned, in time order.</summary>
    public IReadOnlyList<ScheduledMeeting> Meetings { get; init; } = [];

    /// <summary>Open group decisions that still wait for members' approval.</summary>
    public IReadOnlyList<StatusApproval> Approvals { get; init; } = [];

    /// <summary>Members who have not answered their invitation for longer than <see cref="ReminderAfterDays"/>.</summary>
    public IReadOnlyList<string> OverdueInvitees { get; init; } = [];

    /// <summary>Days after which an unanswered approval or invitation counts as late (ApprovalsOptions.ReminderAfterDays).</summary>
    public int ReminderAfterDays { get; init; } = 3;
}
