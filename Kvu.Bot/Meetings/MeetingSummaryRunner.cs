using Kvu.Bot.Formation;
using Kvu.Bot.StatusPosts;

namespace Kvu.Bot.Meetings;

/// <summary>
/// Posts the progress report (<see cref="ReportKind.AfterMeeting"/>) in the werkgroep channel once a stored meeting
/// has ended — exactly once per meeting, however many instances run: each instance claims the meeting row under its
/// ETag before posting, and only the one whose write succeeds posts; the claim has a lease, so a crash between claim
/// and post is retried later.
/// </summary>
public sealed class MeetingSummaryRunner(
    MeetingStore meetings,
    ProjectStore projects,
    ReportBuilder reports,
    IReportPoster poster,
    IOptions<MeetingSummaryOptions> options,
    TimeProvider clock,
    ILogger<MeetingSummaryRunner> logger) : IPeriodicRound
{
    private readonly string owner = $"{Environment.MachineName}/{Guid.NewGuid():N}";

    /// <summary>The background round (every <see cref="MeetingSummaryOptions.PollInterval"/>, on every instance: the claims share the work).</summary>
    public Task RunAsync(CancellationToken cancellationToken) => RunOnceAsync(clock.GetUtcNow(), cancellationToken);

    /// <returns>How many summaries this instance posted.</returns>
    public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var posted = 0;
        await foreach (var (key, meeting) in meetings.EndedWithoutSummaryAsync(now, cancellationToken))
        {
            if (await SummariseAsync(key, meeting, now, cancellationToken))
            {
                posted++;
            }
        }

        return posted;
    }

    private async Task<bool> SummariseAsync(ProjectKey key, ScheduledMeeting meeting, DateTimeOffset now, CancellationToken ct)
    {
        if (meeting.Cancelled || meeting.SummaryPostedAt is not null || meeting.SummaryDropped)
        {
            // Saving it unchanged drops it from the due index.
            await meetings.UpdateAsync(key, meeting, meeting, ct);
            return false;
        }

        if (meeting.SummaryLeaseUntil > now)
        {
            return false;
        }

        var project = await projects.GetAsync(key, ct);
        if (project is null || project.IsArchived || now - meeting.End > options.Value.GiveUpAfter)
        {
            logger.LogWarning("Summary after meeting {EventId} of project {ProjectId} dropped: project gone, archived or too late", meeting.EventId, key.ProjectId);
            await meetings.UpdateAsync(key, meeting, meeting with { SummaryDropped = true }, ct);
            return false;
        }

        var claimed = await meetings.UpdateAsync(key, meeting,
            meeting with { SummaryClaimedBy = owner, SummaryLeaseUntil = now + options.Value.Lease }, ct);
        if (claimed is null)
        {
            return false; // another instance claimed it first
        }

        // The channel's language is not known; the werkgroep works in Dutch.
        var report = new ReportContext(project, ReportKind.AfterMeeting, meeting.Start, now, ReaderCulture.Dutch) { Occasion = meeting.EventId };
        var card = await reports.BuildAsync(report, tenant: null, ct);
        if (!(await poster.PostAsync(project, card, address: null, projectleiderUserId: null, ct)).Posted)
        {
            logger.LogInformation("Summary after meeting {EventId} of project {ProjectId} not posted; retried after the lease", meeting.EventId, key.ProjectId);
            return false;
        }

        if (await meetings.UpdateAsync(key, claimed, claimed with { SummaryPostedAt = now }, ct) is null)
        {
            logger.LogWarning("Summary after meeting {EventId} of project {ProjectId} posted, but the meeting changed meanwhile", meeting.EventId, key.ProjectId);
        }

        logger.LogInformation("Summary after meeting {EventId} posted for project {ProjectId}", meeting.EventId, key.ProjectId);
        return true;
    }
}
