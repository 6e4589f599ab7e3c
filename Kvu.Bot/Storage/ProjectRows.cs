namespace Kvu.Bot.Storage;

/// <summary>
/// One kind of row a feature keeps in a project's partition of the Projects table, beside the project's own row, under
/// one RowKey prefix (<c>measure|</c>, <c>finding|</c>, <c>progress|</c>, <c>coop|</c>): one partition query reads them
/// all with the project, a list of hundreds stays far within the 1 MiB of an entity, and people adding or changing
/// different rows at once never touch each other's. A change is written under the ETag it read and re-applied on a
/// conflict, so two people changing one row lose neither change. Callers check the tenant by reading the project
/// first; these rows are never read without it.
/// </summary>
public sealed class ProjectRows
{
    private const int MaxAttempts = 16;

    private readonly GuardedTable _table;

    public ProjectRows(TableServiceClient serviceClient, string rowPrefix)
    {
        _table = new GuardedTable(serviceClient, TableName);
        ArgumentException.ThrowIfNullOrEmpty(rowPrefix);
        RowPrefix = rowPrefix;
    }

    public static string TableName => KvuTables.Projects;

    /// <summary>What every RowKey of this kind starts with.</summary>
    public string RowPrefix { get; }

    /// <summary>The new row of the project under <paramref name="rowKey"/> (without its prefix).</summary>
    public TableEntity NewRow(string projectId, string rowKey) => new(TableKeys.Encode(projectId), RowPrefix + rowKey);

    public Task<TableEntity?> GetAsync(string projectId, string rowKey, CancellationToken cancellationToken) =>
        _table.GetAsync(TableKeys.Encode(projectId), RowPrefix + rowKey, cancellationToken);

    /// <summary>Every row of this kind of the project (or only those whose key goes on with <paramref name="under"/>), in RowKey order.</summary>
    public async Task<IReadOnlyList<TableEntity>> ListAsync(string projectId, CancellationToken cancellationToken, string under = "")
    {
        var rows = new List<TableEntity>();
        await foreach (var row in _table.QueryRowPrefixAsync(TableKeys.Encode(projectId), RowPrefix + under, cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <exception cref="StorageConflictException">The row exists already.</exception>
    public Task AddAsync(TableEntity row, CancellationToken cancellationToken) => _table.AddAsync(Checked(row), cancellationToken);

    /// <summary>Adds a mark row unless it is there (<see cref="GuardedTable.TryAddAsync"/>).</summary>
    /// <returns>False when it existed already.</returns>
    public Task<bool> TryAddAsync(TableEntity row, CancellationToken cancellationToken) => _table.TryAddAsync(Checked(row), cancellationToken);

    /// <summary>Writes the row whatever is stored (a row only its writer ever writes).</summary>
    public Task UpsertAsync(TableEntity row, CancellationToken cancellationToken) => _table.UpsertAsync(Checked(row), cancellationToken);

    /// <summary>Writes a row back under the ETag it was read with.</summary>
    /// <exception cref="StorageConflictException">Someone changed it since it was read.</exception>
    public Task ReplaceAsync(TableEntity row, CancellationToken cancellationToken) => _table.UpdateAsync(Checked(row), row.ETag, cancellationToken);

    /// <summary>
    /// Applies <paramref name="change"/> to the row as stored now (null when there is none) and writes what it returns
    /// under the ETag it read, adding the row when there was none; on a conflict it reads again and applies the change
    /// to what the other one saved. A change that returns null writes nothing.
    /// </summary>
    /// <returns>The row as written, or null when the change wrote nothing.</returns>
    public async Task<TableEntity?> ChangeAsync(string projectId, string rowKey, Func<TableEntity?, TableEntity?> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            var read = await GetAsync(projectId, rowKey, cancellationToken);
            if (change(read) is not { } changed)
            {
                return null;
            }

            changed.PartitionKey = TableKeys.Encode(projectId);
            changed.RowKey = RowPrefix + rowKey;
            try
            {
                if (read is null)
                {
                    await _table.AddAsync(changed, cancellationToken);
                }
                else
                {
                    await _table.UpdateAsync(changed, read.ETag, cancellationToken);
                }

                return changed;
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                // Someone else saved this row in between: apply the change to what they saved, after a short random
                // wait so that writers who met each other do not meet again at the next attempt.
                await Task.Delay(Random.Shared.Next(1, 10 * attempt), cancellationToken);
            }
        }
    }

    /// <summary>
    /// Rewrites a row read by <see cref="ListAsync"/> with <paramref name="edit"/> (which changes it in place and says
    /// whether it did), under the ETag it was read with; on a conflict edits the row as stored now (erasure while
    /// people work). Nothing is written when the edit changes nothing or the row is gone.
    /// </summary>
    /// <returns>Whether the row was rewritten.</returns>
    public async Task<bool> EditAsync(TableEntity row, Func<TableEntity, bool> edit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(edit);
        for (var attempt = 1; ; attempt++)
        {
            if (!edit(row))
            {
                return false;
            }

            try
            {
                await ReplaceAsync(row, cancellationToken);
                return true;
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                if (await _table.GetAsync(row.PartitionKey, row.RowKey, cancellationToken) is not { } current)
                {
                    return false;
                }

                row = current;
            }
        }
    }

    /// <summary>Writes <paramref name="row"/> in place of <paramref name="read"/> (a row moving to a new key) in one transaction.</summary>
    /// <exception cref="StorageConflictException">Someone changed the old row or wrote the new one first; nothing was written.</exception>
    public Task MoveAsync(TableEntity row, TableEntity read, CancellationToken cancellationToken) => _table.MoveAsync(Checked(row), read, cancellationToken);

    /// <summary>Deletes one row whatever is stored (a mark taken back); false when there was none.</summary>
    public Task<bool> DeleteAsync(string projectId, string rowKey, CancellationToken cancellationToken) =>
        _table.DeleteAsync(TableKeys.Encode(projectId), RowPrefix + rowKey, Azure.ETag.All, cancellationToken);

    /// <summary>Deletes every row of this kind of the project (its retention period is over).</summary>
    public async Task<int> DeleteAllAsync(string projectId, CancellationToken cancellationToken) =>
        await _table.DeleteEntitiesAsync(await ListAsync(projectId, cancellationToken), cancellationToken);

    /// <summary>A row of another kind written through this one would be lost to its own store: refused.</summary>
    private TableEntity Checked(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.RowKey.StartsWith(RowPrefix, StringComparison.Ordinal)
            ? row
            : throw new ArgumentException($"The row {row.RowKey} is not a {RowPrefix} row.", nameof(row));
    }
}
