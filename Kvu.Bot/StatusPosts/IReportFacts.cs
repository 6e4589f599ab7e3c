namespace Kvu.Bot.StatusPosts;

/// <summary>
/// What a feature that builds on the report adds to it (Meetings: the meetings held, planned and next), read by that
/// feature for its own sections, which find it with <see cref="ReportContext.Facts{T}"/>. The report itself reads
/// only what lies below it (the project, decisions, invitations), so it never imports the features that add sections.
/// </summary>
public interface IReportFacts
{
    /// <summary>This feature's facts for one report (its facts not loaded yet).</summary>
    Task<object> LoadAsync(ReportContext report, CancellationToken cancellationToken);

    /// <summary>
    /// This feature's facts for many reports of one tenant, read at once (a weekly run: one query for the tenant
    /// instead of one per project): the function gives each report whose period starts at
    /// <paramref name="earliestSince"/> or later its share, without reading again. A feature whose facts live in each
    /// project's own partition (nothing to gain from one tenant-wide query) gives null shares: it is then asked
    /// <see cref="LoadAsync"/> per report.
    /// </summary>
    Task<Func<ReportContext, object?>> ReadTenantAsync(string tenantId, DateTimeOffset earliestSince, DateTimeOffset now, CancellationToken cancellationToken);
}
