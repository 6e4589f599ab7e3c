using Kvu.Bot.Formation;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Documents;

/// <summary>
/// What the reporting reminder (<see cref="ReportingReminders"/>) keeps in the Projects table: an index row per project
/// with a reporting rhythm in the partition <c>~reporting</c> (RowKey the project, with its tenant), so the job reads one
/// partition instead of every project; and in the project's own partition a row <c>reporting-reminded|2027-03-31</c>
/// per due date the projectleider was reminded of, added once, so a retry or a second instance reminds nobody twice.
/// </summary>
public sealed class ReportingReminderStore(TableServiceClient serviceClient)
{
    public const string TableName = KvuTables.Projects;

    /// <summary>"~" followed by lower-case letters is never produced by TableKeys.Encode, so no project is named like this partition.</summary>
    internal const string IndexPartition = "~reporting";
    private const string TenantProperty = "TenantId";

    private readonly GuardedTable _table = new(serviceClient, TableName);

    internal ProjectRows Marks { get; } = new(serviceClient, "reporting-reminded|");

    /// <summary>The project has a reporting rhythm now: the job looks at it from now on (until it has none).</summary>
    public Task RememberAsync(KvuProject project, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        return _table.UpsertAsync(new TableEntity(IndexPartition, TableKeys.Encode(project.Id)) { [TenantProperty] = project.TenantId }, cancellationToken);
    }

    public Task ForgetAsync(string projectId, CancellationToken cancellationToken) =>
        _table.DeleteAsync(IndexPartition, TableKeys.Encode(projectId), Azure.ETag.All, cancellationToken);

    public async IAsyncEnumerable<(string TenantId, string ProjectId)> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in _table.QueryPartitionAsync(IndexPartition, cancellationToken))
        {
            yield return (entity.GetString(TenantProperty) ?? string.Empty, TableKeys.Decode(entity.RowKey));
        }
    }

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
