using Kvu.Bot.Formation;

namespace Kvu.Bot.Privacy;

/// <summary>
/// Deletes archived projects whose retention period (<see cref="PrivacyOptions.RetentionAfterArchive"/>) is over: every
/// row of the project in every table, through each feature's <see cref="Storage.PersonalData.IPersonalDataHolder"/>,
/// and then its entry in the index of archived projects, so a run that dies halfway is finished by the next. An entry
/// whose project was never archived (archiving died halfway) is dropped after an hour.
/// </summary>
public sealed class ProjectRetention(ProjectStore projects, PersonalDataService personalData, IOptions<PrivacyOptions> options, TimeProvider clock, ILogger<ProjectRetention> logger)
    : IPeriodicRound
{
    private static readonly TimeSpan UnfinishedArchive = TimeSpan.FromHours(1);

    /// <summary>
    /// The background round (every <see cref="PrivacyOptions.RetentionInterval"/>). Every instance runs it; deleting what
    /// is already deleted changes nothing, so two instances at once do no harm.
    /// </summary>
    public Task RunAsync(CancellationToken cancellationToken) => RunOnceAsync(clock.GetUtcNow(), cancellationToken);

    /// <returns>How many projects were deleted.</returns>
    public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var deleted = 0;
        var entries = new List<ArchivedProject>();
        await foreach (var entry in projects.ListArchivedAsync(cancellationToken))
        {
            entries.Add(entry);
        }

        foreach (var entry in entries)
        {
            var project = await projects.GetAsync(new ProjectKey(entry.TenantId, entry.ProjectId), cancellationToken);
            if (project is { IsArchived: false })
            {
                if (now - entry.IndexedAt > UnfinishedArchive)
                {
                    await projects.ForgetArchivedAsync(entry.ProjectId, cancellationToken);
                }

                continue;
            }

            if (project is not null && project.ArchivedAt!.Value + options.Value.RetentionAfterArchive > now)
            {
                continue;
            }

            var rows = await personalData.DeleteProjectAsync(entry.TenantId, entry.ProjectId, cancellationToken);
            await projects.ForgetArchivedAsync(entry.ProjectId, cancellationToken);
            deleted++;
            logger.LogInformation("Project {ProjectId} of tenant {TenantId}, archived {ArchivedAt:O}, deleted after its retention period: {Rows} rows",
                entry.ProjectId, entry.TenantId, entry.ArchivedAt, rows);
        }

        return deleted;
    }
}
