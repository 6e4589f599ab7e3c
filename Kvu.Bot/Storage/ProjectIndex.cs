namespace Kvu.Bot.Storage;

/// <summary>
/// The projects that have something a job looks at across all projects (measures, a reporting rhythm), so the job reads
/// one partition of the Projects table instead of scanning every project: a row per project, RowKey the encoded project,
/// with its tenant. The partition starts with "~" and lower-case letters, which TableKeys.Encode never produces, so no
/// project is named like it. Never read on a turn.
/// </summary>
public sealed class ProjectIndex
{
    private const string TenantProperty = "TenantId";

    private readonly GuardedTable _table;

    public ProjectIndex(TableServiceClient serviceClient, string partition)
    {
        _table = new GuardedTable(serviceClient, ProjectRows.TableName);
        if (partition is not ['~', _, ..] || !partition[1..].All(char.IsAsciiLetterLower))
        {
            throw new ArgumentException($"The index partition {partition} could be a project's.", nameof(partition));
        }

        Partition = partition;
    }

    public string Partition { get; }

    /// <summary>Lists the project (again: writing it twice is harmless).</summary>
    public Task AddAsync(string tenantId, string projectId, CancellationToken cancellationToken) =>
        _table.UpsertAsync(new TableEntity(Partition, TableKeys.Encode(projectId)) { [TenantProperty] = tenantId }, cancellationToken);

    /// <summary>Takes the project out (it is gone, or has nothing for the job any more).</summary>
    public Task RemoveAsync(string projectId, CancellationToken cancellationToken) =>
        _table.DeleteAsync(Partition, TableKeys.Encode(projectId), ETag.All, cancellationToken);

    /// <summary>(tenant, project) of every project listed.</summary>
    public async IAsyncEnumerable<(string TenantId, string ProjectId)> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in _table.QueryPartitionAsync(Partition, cancellationToken))
        {
            yield return (entity.GetString(TenantProperty) ?? string.Empty, TableKeys.Decode(entity.RowKey));
        }
    }
}
