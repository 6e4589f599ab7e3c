using Kvu.Bot.StatusPosts;

namespace Kvu.Bot.Meetings;

/// <summary>
/// The meetings a progress report shows, from the MeetingStore (read only): one query of the project's partition, or,
/// for a weekly run with many posts, one of the tenant's meetings for all of them.
/// </summary>
public sealed class MeetingReportFacts(MeetingStore meetings) : IReportFacts
{
    /// <summary>How far ahead a meeting counts as "planned".</summary>
    public static readonly TimeSpan PlannedHorizon = TimeSpan.FromDays(28);

    /// <summary>Meetings kept per report; the sections show fewer (a busy month must not make the card or the run heavy).</summary>
    public const int MaxMeetings = 10;

    public async Task<object> LoadAsync(ReportContext report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Select(report, await meetings.UpcomingAsync(report.Project.Key, report.Since, cancellationToken));
    }

    /// <summary>The tenant's meetings that a report at <paramref name="now"/> can show, whatever its period: one query
    /// for the tenant instead of one per project. Meetings planned beyond the horizon are not read.</summary>
    public async Task<Func<ReportContext, object?>> ReadTenantAsync(string tenantId, DateTimeOffset earliestSince, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var byProject = await meetings.ListTenantAsync(tenantId, earliestSince, now + PlannedHorizon + TimeSpan.FromSeconds(1), cancellationToken);
        return report => Select(report, byProject.GetValueOrDefault(report.Project.Id) ?? []);
    }

    /// <param name="meetings">The project's meetings that end after the report's period began, earliest first.</param>
    private static MeetingFacts Select(ReportContext report, IReadOnlyList<ScheduledMeeting> meetings)
    {
        var kept = meetings.Where(m => !m.Cancelled).ToList();
        return new MeetingFacts(
            Held: report.Occasion is { } eventId ? kept.FirstOrDefault(m => m.EventId == eventId) : null,
            InPeriod: [.. kept.Where(m => m.End > report.Since && m.Start <= report.Now + PlannedHorizon).OrderBy(m => m.Start).Take(MaxMeetings)],
            Next: kept.FirstOrDefault(m => m.End > report.Now));
    }
}
