namespace Kvu.Bot.Common;

/// <summary>
/// The loop of a round over the projects of an index (the reminder rounds): every project in turn, and one project's
/// failure (storage, a connector error) holds up none of the others. The rounds mark what they sent, so what failed for
/// a project is made good in the next round.
/// </summary>
public static class ProjectRound
{
    /// <param name="workName">What <paramref name="work"/> does for a project, for the log ("Measure reminders").</param>
    public static async Task ForEachAsync(IAsyncEnumerable<(string TenantId, string ProjectId)> projects, Func<string, string, Task> work, string workName, ILogger logger)
    {
        await foreach (var (tenantId, projectId) in projects)
        {
            try
            {
                await work(tenantId, projectId);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                logger.LogError(failure, "{Work} of {ProjectId} in tenant {TenantId} failed; retrying in the next round", workName, projectId, tenantId);
            }
        }
    }
}
