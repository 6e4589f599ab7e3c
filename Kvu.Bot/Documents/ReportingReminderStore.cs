using Kvu.Bot.Formation;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Documents;

/// <summary>
/// What the reporting reminder (<see cref="ReportingReminders"/>) keeps in the Projects table: an index row per project
/// with a reporting rhythm in the partition <c>~reporting</c> (a <see cref="ProjectIndex"/>), so the job reads one
/// partition instead of every project; and in the project's own partition a row <c>reporting-reminded|2027-03-31</c>
/// per due date the projectleider was reminded of, added once, so a retry or a second instance reminds nobody twice.
/// </summary>
public sealed class ReportingReminderStore(TableServiceClient serviceClient)
{
    private readonly ProjectIndex _index = new(serviceClient, "~reporting");

    internal ProjectRows Marks { get; } = new(serviceClient, "reporting-reminded|");

    /// <summary>The project has a reporting rhythm now: the job looks at it from now on (until it has none).</summary>
    public Task RememberAsync(KvuProject project, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        return _index.AddAsync(project.TenantId, project.Id, cancellationToken);
    }

    public Task ForgetAsync(string projectId, CancellationToken cancellationToken) =>
        _index.RemoveAsync(projectId, cancellationToken);

    public IAsyncEnumerable<(string TenantId, string ProjectId)> ListAsync(CancellationToken cancellationToken) => _index.ListAsync(cancellationToken);

    /// <summary>Marks the reminder for <paramref name="due"/> as sent; false when it was already.</summary>
    public Task<bool> TryMarkAsync(string projectId, DateOnly due, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var row = Marks.NewRow(projectId, Day(due));
        row["At"] = at;
        return Marks.TryAddAsync(row, cancellationToken);
    }

    /// <summary>Takes back a mark whose reminder Teams did not take, so the next round sends it.</summary>
    public Task UnmarkAsync(string projectId, DateOnly due, CancellationToken cancellationToken) =>
        Marks.DeleteAsync(projectId, Day(due), cancellationToken);

    public async Task<bool> IsMarkedAsync(string projectId, DateOnly due, CancellationToken cancellationToken) =>
        await Marks.GetAsync(projectId, Day(due), cancellationToken) is not null;

    private static string Day(DateOnly due) => due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
