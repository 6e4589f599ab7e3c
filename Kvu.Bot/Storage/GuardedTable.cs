namespace Kvu.Bot.Storage;

/// <summary>
/// The one way the stores touch a table: every key and write is checked against Azure's limits first
/// (<see cref="TableLimits"/>), and the optimistic-concurrency failures a store can act on become
/// <see cref="StorageConflictException"/>. Everything else (outages, throttling, 403) propagates unchanged
/// as RequestFailedException/AggregateException for the turn error handler. This is a building block for
/// stores in Storage/, not a repository for features: features talk to typed stores.
/// Updates and upserts replace the whole entity, so properties a store stopped writing do not linger.
/// </summary>
public sealed class GuardedTable
{
    /// <summary>Azure returns at most 1,000 entities per query page.</summary>
    private const int MaxPageSize = 1000;

    /// <summary>Azure refuses a filter with more than 15 discrete comparisons.</summary>
    private const int MaxComparisons = 15;

    private readonly TableClient _client;

    public GuardedTable(TableClient client)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
    }

    /// <summary>The table <paramref name="tableName"/> of the account: how a store opens its table.</summary>
    public GuardedTable(TableServiceClient serviceClient, string tableName)
        : this((serviceClient ?? throw new ArgumentNullException(nameof(serviceClient))).GetTableClient(tableName))
    {
    }

    public string Name => _client.Name;

    public async Task<TableEntity?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        ValidateKeys(partitionKey, rowKey);
        var response = await _client.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>
    /// The row of partition <paramref name="key"/> whose RowKey is that key too, or, while it is not moved yet, the row
    /// under <paramref name="legacyRowKey"/>, a RowKey every partition of the table once shared: Azure does not mind
    /// that, but Azurite looks a point read up by RowKey first, so with a shared RowKey every read scanned all partitions.
    /// The store moves the row to its own key on its next save.
    /// </summary>
    public async Task<TableEntity?> GetOwnRowAsync(string key, string legacyRowKey, CancellationToken cancellationToken = default) =>
        await GetAsync(key, key, cancellationToken).ConfigureAwait(false) ?? await GetAsync(key, legacyRowKey, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Writes an own row (see <see cref="GetOwnRowAsync"/>) in place of <paramref name="read"/>: added when there was
    /// none, moved to its own key in one transaction when it was read under the legacy key (the old row goes only if
    /// nobody changed it meanwhile), else updated under the ETag it was read with.
    /// </summary>
    /// <exception cref="StorageConflictException">Someone wrote the row since it was read.</exception>
    public async Task SaveOwnRowAsync(TableEntity row, TableEntity? read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (read is null)
        {
            await AddAsync(row, cancellationToken).ConfigureAwait(false);
        }
        else if (read.RowKey != row.RowKey)
        {
            await MoveAsync(row, read, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await UpdateAsync(row, read.ETag, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <returns>The new entity's ETag.</returns>
    /// <exception cref="StorageConflictException">The entity already exists.</exception>
    public async Task<ETag> AddAsync(TableEntity entity, CancellationToken cancellationToken = default)
    {
        TableLimits.ValidateEntity(entity);
        try
        {
            var response = await _client.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return response.Headers.ETag ?? default;
        }
        catch (RequestFailedException ex) when (IsConflict(ex))
        {
            throw Conflict(entity.PartitionKey, entity.RowKey, "it already exists: someone else created it first", ex);
        }
    }

    /// <summary>
    /// Adds a mark (a reminder sent, a deadline reached) unless it is there: of two runs at once exactly one adds it, and
    /// only that one goes on to do what the mark stands for.
    /// </summary>
    /// <returns>False when the entity existed already.</returns>
    public async Task<bool> TryAddAsync(TableEntity entity, CancellationToken cancellationToken = default)
    {
        try
        {
            await AddAsync(entity, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (StorageConflictException)
        {
            return false;
        }
    }

    /// <returns>The entity's new ETag.</returns>
    /// <exception cref="StorageConflictException">The entity changed or disappeared since <paramref name="ifMatch"/> was read.</exception>
    public async Task<ETag> UpdateAsync(TableEntity entity, ETag ifMatch, CancellationToken cancellationToken = default)
    {
        TableLimits.ValidateEntity(entity);
        try
        {
            var response = await _client.UpdateEntityAsync(entity, ifMatch, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return response.Headers.ETag ?? default;
        }
        catch (RequestFailedException ex) when (IsConflict(ex) || IsEntityNotFound(ex))
        {
            throw Conflict(entity.PartitionKey, entity.RowKey, $"it changed or was deleted since ETag {ifMatch} was read", ex);
        }
    }

    /// <returns>The entity's new ETag.</returns>
    public async Task<ETag> UpsertAsync(TableEntity entity, CancellationToken cancellationToken = default)
    {
        TableLimits.ValidateEntity(entity);
        var response = await _client.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        return response.Headers.ETag ?? default;
    }

    /// <param name="ifMatch">The ETag read, or <see cref="ETag.All"/> to delete whatever is there.</param>
    /// <returns>False when there was nothing to delete.</returns>
    /// <exception cref="StorageConflictException">The entity changed since <paramref name="ifMatch"/> was read.</exception>
    public async Task<bool> DeleteAsync(string partitionKey, string rowKey, ETag ifMatch, CancellationToken cancellationToken = default)
    {
        ValidateKeys(partitionKey, rowKey);
        try
        {
            var response = await _client.DeleteEntityAsync(partitionKey, rowKey, ifMatch, cancellationToken).ConfigureAwait(false);
            return response.Status != 404;
        }
        catch (RequestFailedException ex) when (IsEntityNotFound(ex))
        {
            return false;
        }
        catch (RequestFailedException ex) when (IsConflict(ex))
        {
            throw Conflict(partitionKey, rowKey, $"it changed since ETag {ifMatch} was read", ex);
        }
    }

    /// <summary>All or nothing, in one partition, at most 100 operations (checked before sending).</summary>
    /// <returns>Each operation's new ETag, in the order given (default for a delete).</returns>
    /// <exception cref="StorageConflictException">One of the operations met a newer or already existing entity; nothing was written.</exception>
    public async Task<IReadOnlyList<ETag>> SubmitTransactionAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        TableLimits.ValidateTransaction(actions);
        try
        {
            var response = await _client.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return [.. response.Value.Select(r => r.Headers.ETag ?? default)];
        }
        catch (TableTransactionFailedException ex) when (IsConflict(ex) || (IsEntityNotFound(ex) && IsConditional(ex, actions)))
        {
            var failed = ex.FailedTransactionActionIndex is int index && index < actions.Count ? actions[index].Entity : actions[0].Entity;
            throw Conflict(failed.PartitionKey, failed.RowKey, "the transaction met an entity someone else wrote first; nothing was written", ex);
        }
    }

    /// <summary>
    /// Writes <paramref name="entity"/> in place of <paramref name="read"/>, an entity of the same partition under
    /// another RowKey (a row moving to a new key), in one transaction: the old row goes only if it is unchanged
    /// since it was read, and the new one is added only if nobody added it first.
    /// </summary>
    /// <exception cref="StorageConflictException">Someone changed the old row or wrote the new one first; nothing was written.</exception>
    public Task MoveAsync(TableEntity entity, TableEntity read, CancellationToken cancellationToken = default) =>
        SubmitTransactionAsync(
        [
            new TableTransactionAction(TableTransactionActionType.Add, entity),
            new TableTransactionAction(TableTransactionActionType.Delete, read, read.ETag),
        ], cancellationToken);

    /// <summary>
    /// Every entity of a partition. Azure returns at most 1,000 entities per page plus a continuation token;
    /// enumerating the pages follows the tokens until the partition is exhausted.
    /// </summary>
    public IAsyncEnumerable<TableEntity> QueryPartitionAsync(string partitionKey, CancellationToken cancellationToken = default)
    {
        TableLimits.ValidateKey(partitionKey, "PartitionKey");
        return QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}"), cancellationToken);
    }

    /// <summary>
    /// The entities of every partition from <paramref name="lowerPartition"/> up to, not including,
    /// <paramref name="upperPartition"/> (PartitionKeys sort ordinally), all pages: one request per 1,000 entities
    /// where a partition at a time would take one request per partition.
    /// </summary>
    public IAsyncEnumerable<TableEntity> QueryPartitionRangeAsync(string lowerPartition, string upperPartition, CancellationToken cancellationToken = default)
    {
        TableLimits.ValidateKey(lowerPartition, "PartitionKey");
        TableLimits.ValidateKey(upperPartition, "PartitionKey");
        return QueryAsync(TableClient.CreateQueryFilter($"PartitionKey ge {lowerPartition} and PartitionKey lt {upperPartition}"), cancellationToken);
    }

    /// <summary>As <see cref="QueryPartitionRangeAsync(string, string, CancellationToken)"/>, only the rows from <paramref name="lowerRow"/> up to, not including, <paramref name="upperRow"/>.</summary>
    public IAsyncEnumerable<TableEntity> QueryPartitionRangeAsync(string lowerPartition, string upperPartition, string lowerRow, string upperRow, CancellationToken cancellationToken = default)
    {
        TableLimits.ValidateKey(lowerPartition, "PartitionKey");
        TableLimits.ValidateKey(upperPartition, "PartitionKey");
        TableLimits.ValidateKey(lowerRow, "RowKey");
        TableLimits.ValidateKey(upperRow, "RowKey");
        return QueryAsync(TableClient.CreateQueryFilter(
            $"PartitionKey ge {lowerPartition} and PartitionKey lt {upperPartition} and RowKey ge {lowerRow} and RowKey lt {upperRow}"), cancellationToken);
    }

    /// <summary>The entities of one partition whose string <paramref name="property"/> equals <paramref name="value"/>, all pages.</summary>
    public IAsyncEnumerable<TableEntity> QueryPartitionWhereAsync(string partitionKey, string property, string value, CancellationToken cancellationToken = default)
    {
        TableLimits.ValidateKey(partitionKey, "PartitionKey");
        if (property.Length == 0 || !property.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new ArgumentException($"'{property}' is not a property name.", nameof(property));
        }

        return QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}") + $" and {property} eq " + TableClient.CreateQueryFilter($"{value}"), cancellationToken);
    }

    /// <summary>
    /// The entities of every partition whose key starts with <paramref name="partitionPrefix"/>, all pages: for rare
    /// maintenance work (erasure, retention) over partitions named after a tenant or a person, never on a turn.
    /// </summary>
    public IAsyncEnumerable<TableEntity> QueryPartitionPrefixAsync(string partitionPrefix, CancellationToken cancellationToken = default) =>
        QueryPartitionRangeAsync(partitionPrefix, partitionPrefix + '\uffff', cancellationToken);

    /// <summary>
    /// Deletes <paramref name="entities"/> whatever they hold now (maintenance: a project's rows after its retention
    /// period), in transactions of up to 100 per partition; when one of a transaction's rows is already gone, one at a time.
    /// </summary>
    /// <returns>How many were deleted.</returns>
    public async Task<int> DeleteEntitiesAsync(IEnumerable<TableEntity> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var deleted = 0;
        foreach (var partition in entities.GroupBy(e => e.PartitionKey, StringComparer.Ordinal))
        {
            foreach (var chunk in partition.DistinctBy(e => e.RowKey, StringComparer.Ordinal).Chunk(TableLimits.MaxTransactionOperations))
            {
                try
                {
                    await SubmitTransactionAsync([.. chunk.Select(e => new TableTransactionAction(TableTransactionActionType.Delete, e, ETag.All))], cancellationToken);
                    deleted += chunk.Length;
                }
                catch (StorageConflictException)
                {
                    foreach (var entity in chunk)
                    {
                        deleted += await DeleteAsync(entity.PartitionKey, entity.RowKey, ETag.All, cancellationToken) ? 1 : 0;
                    }
                }
            }
        }

        return deleted;
    }

    /// <summary>Every entity of the table, all pages: for rare maintenance scans (a backfill), never on a turn.</summary>
    public IAsyncEnumerable<TableEntity> QueryAllAsync(CancellationToken cancellationToken = default) =>
        QueryAsync(null, cancellationToken);

    /// <summary>The entities of one partition whose RowKey starts with <paramref name="rowKeyPrefix"/>, all pages.</summary>
    public IAsyncEnumerable<TableEntity> QueryRowPrefixAsync(string partitionKey, string rowKeyPrefix, CancellationToken cancellationToken = default)
    {
        TableLimits.ValidateKey(partitionKey, "PartitionKey");
        TableLimits.ValidateKey(rowKeyPrefix, "RowKey");

        // RowKeys sort ordinally, so "prefix <= RowKey < prefix + U+FFFF" is exactly the prefix range.
        var upper = rowKeyPrefix + '\uffff';
        return QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey ge {rowKeyPrefix} and RowKey lt {upper}"), cancellationToken);
    }

    private async IAsyncEnumerable<TableEntity> QueryAsync(string? filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pages = _client.QueryAsync<TableEntity>(filter, MaxPageSize, cancellationToken: cancellationToken).AsPages(pageSizeHint: MaxPageSize);
        await foreach (var page in pages.ConfigureAwait(false))
        {
            foreach (var entity in page.Values)
            {
                yield return entity;
            }
        }
    }

    /// <summary>
    /// In one query: the rows of one partition in any of <paramref name="ranges"/> (single RowKeys and prefixes), all
    /// pages, in RowKey order. One request where a point read or prefix query per range would take one each.
    /// </summary>
    public IAsyncEnumerable<TableEntity> QueryRowsAsync(string partitionKey, IReadOnlyList<RowKeyRange> ranges, CancellationToken cancellationToken = default)
    {
        TableLimits.ValidateKey(partitionKey, "PartitionKey");
        ArgumentNullException.ThrowIfNull(ranges);
        // Azure accepts at most 15 comparisons in one filter: the partition, the two outer bounds, and one or two per range.
        if (ranges.Count == 0 || 3 + ranges.Sum(r => r.Before is null ? 1 : 2) > MaxComparisons)
        {
            throw new ArgumentException($"Between 1 range and as many as fit in {MaxComparisons} comparisons are needed; {ranges.Count} given.", nameof(ranges));
        }

        // The outer bounds keep the service to the stretch of the partition from the first range to the last, so it
        // need not read the whole partition; the "or" then leaves out the rows in between.
        var lower = ranges.Select(r => r.From).Min(StringComparer.Ordinal)!;
        var upper = ranges.Select(r => r.Last).Max(StringComparer.Ordinal)!;
        var any = string.Join(" or ", ranges.Select(r => r.Before is null
            ? TableClient.CreateQueryFilter($"RowKey eq {r.From}")
            : TableClient.CreateQueryFilter($"(RowKey ge {r.From} and RowKey lt {r.Before})")));
        return QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey ge {lower} and RowKey le {upper}") + $" and ({any})", cancellationToken);
    }

    private static void ValidateKeys(string partitionKey, string rowKey)
    {
        TableLimits.ValidateKey(partitionKey, "PartitionKey");
        TableLimits.ValidateKey(rowKey, "RowKey");
    }

    /// <summary>
    /// 412: the ETag we hold is stale. 409 EntityAlreadyExists: an add lost the race. Other 409s (a table
    /// being deleted, say) are not a concurrency question and propagate.
    /// </summary>
    private static bool IsConflict(RequestFailedException ex) =>
        ex.Status == 412 || (ex.Status == 409 && ex.ErrorCode == "EntityAlreadyExists");

    private static bool IsEntityNotFound(RequestFailedException ex) =>
        ex.Status == 404 && ex.ErrorCode is null or "ResourceNotFound";

    private static bool IsConditional(TableTransactionFailedException ex, IReadOnlyList<TableTransactionAction> actions) =>
        ex.FailedTransactionActionIndex is int index && index < actions.Count
        && actions[index].ActionType is TableTransactionActionType.UpdateMerge or TableTransactionActionType.UpdateReplace or TableTransactionActionType.Delete;

    private StorageConflictException Conflict(string partitionKey, string rowKey, string why, Exception inner) =>
        new(Name, partitionKey, rowKey, $"Entity (PartitionKey '{partitionKey}', RowKey '{rowKey}') in table {Name} was not written: {why}.", inner);
}
