using Kvu.Bot.Formation;
using Kvu.Bot.Storage;

namespace Kvu.Bot.StatusPosts;

/// <summary>
/// Claims, one row per project per week in a partition per tenant and week ("{tenant}|2026-W10", row: the encoded
/// project id), and the pending list (partition "!pending", a row per claimed-but-unfinished post). A pending row is
/// written before the claim and removed after the claim is final, so a post whose instance crashed, failed or was
/// throttled is always found again without scanning all claims; the list stays as short as the posts in flight.
///
/// A tenant's claims for a week share a partition, so a run reads them with one query and takes, closes and clears
/// them in Table transactions of up to 100: a few requests per hundred posts instead of five per post. A transaction
/// that meets a claim another instance wrote first is all or nothing, so its posts are then taken one by one.
/// </summary>
public sealed class StatusClaimStore(TableServiceClient serviceClient, IOptions<StatusPostOptions> options)
{
    /// <summary>Azure's limit of operations per Table transaction.</summary>
    public const int MaxBatch = 100;

    /// <summary>How far back "the last post" is looked up; a project silent longer shows the past week.</summary>
    public static readonly TimeSpan LastPostedLookBack = TimeSpan.FromDays(28);

    private const string PendingPartition = "!pending";
    private const string PostedAtProperty = "PostedAt";

    private readonly GuardedTable _table = new(serviceClient, options.Value.ClaimTable);

    /// <summary>Every claim of a tenant's week, by project id: one query per 1,000 projects.</summary>
    public async Task<IReadOnlyDictionary<string, StatusClaim>> ListWeekAsync(string tenantId, string weekKey, CancellationToken cancellationToken)
    {
        var week = new Dictionary<string, StatusClaim>(StringComparer.Ordinal);
        await foreach (var entity in _table.QueryPartitionAsync(Partition(tenantId, weekKey), cancellationToken))
        {
            var claim = FromEntity(entity);
            week[claim.ProjectId] = claim;
        }

        return week;
    }

    /// <summary>
    /// When each of the tenant's projects was last posted in the weeks before <paramref name="weekKey"/> (at most
    /// <see cref="LastPostedLookBack"/> before <paramref name="now"/>): the start of the period the next post covers.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> LastPostedAsync(string tenantId, string weekKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var posted = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var from = Partition(tenantId, WeeklyClock.WeekKey(now - LastPostedLookBack));
        await foreach (var entity in _table.QueryPartitionRangeAsync(from, Partition(tenantId, weekKey), cancellationToken))
        {
            if (entity.GetDateTimeOffset(PostedAtProperty) is { } at)
            {
                var projectId = entity.GetString(nameof(StatusClaim.ProjectId)) ?? TableKeys.Decode(entity.RowKey);
                if (!posted.TryGetValue(projectId, out var known) || at > known)
                {
                    posted[projectId] = at;
                }
            }
        }

        return posted;
    }

    /// <summary>
    /// Takes the week's claim: adds it when there is none, or takes over <paramref name="existing"/> (an expired,
    /// unfinished claim) under its ETag.
    /// </summary>
    /// <returns>The claim now held, or null when another instance took it first.</returns>
    public async Task<StatusClaim?> TryTakeAsync(StatusClaim? existing, StatusPending post, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var claim = NewClaim(existing, post, owner, now, lease);
        try
        {
            var etag = existing is null
                ? await _table.AddAsync(ToEntity(claim), cancellationToken)
                : await _table.UpdateAsync(ToEntity(claim), existing.ETag, cancellationToken);
            return claim with { ETag = etag };
        }
        catch (StorageConflictException)
        {
            return null;
        }
    }

    /// <summary>
    /// Takes the claims of up to <see cref="MaxBatch"/> posts of one tenant's week: their pending rows in one
    /// transaction, then the claims in another. When another instance wrote one of the claims first, the
    /// transaction writes nothing and the posts are taken one at a time, so each is held by exactly one instance.
    /// </summary>
    /// <returns>The claims now held; the posts missing from it belong to another instance.</returns>
    public async Task<IReadOnlyList<StatusClaim>> TakeAsync(IReadOnlyList<(StatusClaim? Existing, StatusPending Post)> posts, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        if (posts.Count == 0)
        {
            return [];
        }

        var partition = Partition(posts[0].Post.TenantId, posts[0].Post.WeekKey);
        if (posts.Count > MaxBatch || posts.Any(p => Partition(p.Post.TenantId, p.Post.WeekKey) != partition))
        {
            throw new ArgumentException($"At most {MaxBatch} posts of one tenant's week are taken at once.", nameof(posts));
        }

        await _table.SubmitTransactionAsync([.. posts.Select(p => new TableTransactionAction(TableTransactionActionType.UpsertReplace, PendingEntity(p.Post)))], cancellationToken);
        var claims = posts.Select(p => NewClaim(p.Existing, p.Post, owner, now, lease)).ToList();
        var actions = posts.Zip(claims, (p, claim) => p.Existing is null
            ? new TableTransactionAction(TableTransactionActionType.Add, ToEntity(claim))
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, ToEntity(claim), p.Existing.ETag)).ToList();
        try
        {
            var etags = await _table.SubmitTransactionAsync(actions, cancellationToken);
            return [.. claims.Select((claim, i) => claim with { ETag = etags[i] })];
        }
        catch (StorageConflictException)
        {
            var held = new List<StatusClaim>();
            foreach (var (existing, post) in posts)
            {
                if (await TryTakeAsync(existing, post, owner, now, lease, cancellationToken) is { } claim)
                {
                    held.Add(claim);
                }
            }

            return held;
        }
    }

    /// <summary>Ends or defers a held claim. False when the lease had run out and another instance took it over.</summary>
    public async Task<bool> SaveAsync(StatusClaim claim, CancellationToken cancellationToken)
    {
        try
        {
            await _table.UpdateAsync(ToEntity(claim), claim.ETag, cancellationToken);
            return true;
        }
        catch (StorageConflictException)
        {
            return false;
        }
    }

    /// <summary>
    /// Ends held claims of one tenant's week (at most <see cref="MaxBatch"/>) in one transaction under their ETags
    /// and clears their pending rows in another; when one was taken over meanwhile, one at a time.
    /// </summary>
    /// <returns>The claims that were taken over by another instance before they could be closed.</returns>
    public async Task<IReadOnlyList<StatusClaim>> FinishAsync(IReadOnlyList<StatusClaim> claims, CancellationToken cancellationToken)
    {
        var lost = new List<StatusClaim>();
        if (claims.Count == 0)
        {
            return lost;
        }

        try
        {
            await _table.SubmitTransactionAsync([.. claims.Select(c => new TableTransactionAction(TableTransactionActionType.UpdateReplace, ToEntity(c), c.ETag))], cancellationToken);
        }
        catch (StorageConflictException)
        {
            foreach (var claim in claims)
            {
                if (!await SaveAsync(claim, cancellationToken))
                {
                    lost.Add(claim);
                }
            }
        }

        await RemovePendingAsync([.. claims.Select(c => (c.ProjectId, c.WeekKey))], cancellationToken);
        return lost;
    }

    public Task RemovePendingAsync(string projectId, string weekKey, CancellationToken cancellationToken) =>
        _table.DeleteAsync(PendingPartition, PendingRow(projectId, weekKey), ETag.All, cancellationToken);

    /// <summary>Clears pending rows, a transaction per 100; when one of them is already gone, one at a time.</summary>
    public async Task RemovePendingAsync(IReadOnlyList<(string ProjectId, string WeekKey)> posts, CancellationToken cancellationToken)
    {
        foreach (var chunk in posts.Chunk(MaxBatch))
        {
            try
            {
                await _table.SubmitTransactionAsync([.. chunk.Select(p => new TableTransactionAction(TableTransactionActionType.Delete,
                    new TableEntity(PendingPartition, PendingRow(p.ProjectId, p.WeekKey)), ETag.All))], cancellationToken);
            }
            catch (StorageConflictException)
            {
                foreach (var (projectId, weekKey) in chunk)
                {
                    await RemovePendingAsync(projectId, weekKey, cancellationToken);
                }
            }
        }
    }

    public async IAsyncEnumerable<StatusPending> ListPendingAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var e in _table.QueryPartitionAsync(PendingPartition, cancellationToken))
        {
            yield return new StatusPending(
                e.GetString(nameof(StatusPending.TenantId)) ?? string.Empty,
                e.GetString(nameof(StatusPending.ProjectId)) ?? string.Empty,
                e.GetString(nameof(StatusPending.WeekKey)) ?? string.Empty,
                e.GetDateTimeOffset(nameof(StatusPending.DueAt)) ?? DateTimeOffset.MinValue);
        }
    }

    /// <summary>Deletes every week's claim of the project and its pending posts (the project's retention period is over).</summary>
    /// <returns>How many rows were deleted.</returns>
    public async Task<int> DeleteProjectAsync(ProjectKey project, CancellationToken cancellationToken)
    {
        // The tenant's week partitions ("{tenant}|2026-W10") form one key range; this project's row in each.
        var key = TableKeys.Encode(project.ProjectId);
        var weeks = TableKeys.Encode(project.TenantId) + "|";
        var rows = new List<TableEntity>();
        await foreach (var entity in _table.QueryPartitionRangeAsync(weeks, weeks + '\uffff', key, key + "|", cancellationToken))
        {
            if (entity.RowKey == key)
            {
                rows.Add(entity);
            }
        }

        await foreach (var entity in _table.QueryPartitionAsync(PendingPartition, cancellationToken))
        {
            if (entity.GetString(nameof(StatusPending.ProjectId)) == project.ProjectId)
            {
                rows.Add(entity);
            }
        }

        return await _table.DeleteEntitiesAsync(rows, cancellationToken);
    }

    private static StatusClaim NewClaim(StatusClaim? existing, StatusPending post, string owner, DateTimeOffset now, TimeSpan lease) =>
        new(post.TenantId, post.ProjectId, post.WeekKey, post.DueAt, StatusClaimState.Claimed, owner, now, now + lease,
            (existing?.Attempts ?? 0) + 1, existing?.Outcome, default);

    private static string Partition(string tenantId, string weekKey) => TableKeys.Encode(tenantId) + "|" + weekKey;

    private static string PendingRow(string projectId, string weekKey) => weekKey + "|" + TableKeys.Encode(projectId);

    private static TableEntity PendingEntity(StatusPending post) => new(PendingPartition, PendingRow(post.ProjectId, post.WeekKey))
    {
        [nameof(StatusPending.TenantId)] = post.TenantId,
        [nameof(StatusPending.ProjectId)] = post.ProjectId,
        [nameof(StatusPending.WeekKey)] = post.WeekKey,
        [nameof(StatusPending.DueAt)] = post.DueAt,
    };

    private static TableEntity ToEntity(StatusClaim c)
    {
        var entity = new TableEntity(Partition(c.TenantId, c.WeekKey), TableKeys.Encode(c.ProjectId))
        {
            [nameof(StatusClaim.TenantId)] = c.TenantId,
            [nameof(StatusClaim.ProjectId)] = c.ProjectId,
            [nameof(StatusClaim.DueAt)] = c.DueAt,
            [nameof(StatusClaim.State)] = c.State.ToString(),
            [nameof(StatusClaim.Owner)] = c.Owner,
            [nameof(StatusClaim.ClaimedAt)] = c.ClaimedAt,
            [nameof(StatusClaim.LeaseUntil)] = c.LeaseUntil,
            [nameof(StatusClaim.Attempts)] = c.Attempts,
        };
        if (c.Outcome is not null)
        {
            entity[nameof(StatusClaim.Outcome)] = c.Outcome;
        }

        if (c.PostedAt is { } posted)
        {
            entity[PostedAtProperty] = posted;
        }

        return entity;
    }

    private static StatusClaim FromEntity(TableEntity e) => new(
        e.GetString(nameof(StatusClaim.TenantId)) ?? string.Empty,
        e.GetString(nameof(StatusClaim.ProjectId)) ?? TableKeys.Decode(e.RowKey),
        e.PartitionKey[(e.PartitionKey.LastIndexOf('|') + 1)..],
        e.GetDateTimeOffset(nameof(StatusClaim.DueAt)) ?? DateTimeOffset.MinValue,
        Enum.Parse<StatusClaimState>(e.GetString(nameof(StatusClaim.State)) ?? nameof(StatusClaimState.Claimed)),
        e.GetString(nameof(StatusClaim.Owner)) ?? string.Empty,
        e.GetDateTimeOffset(nameof(StatusClaim.ClaimedAt)) ?? DateTimeOffset.MinValue,
        e.GetDateTimeOffset(nameof(StatusClaim.LeaseUntil)) ?? DateTimeOffset.MinValue,
        e.GetInt32(nameof(StatusClaim.Attempts)) ?? 0,
        e.GetString(nameof(StatusClaim.Outcome)),
        e.ETag)
    {
        PostedAt = e.GetDateTimeOffset(PostedAtProperty),
    };
}
