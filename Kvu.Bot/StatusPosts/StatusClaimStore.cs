using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Kvu.Bot.Storage;
using Microsoft.Extensions.Options;

namespace Kvu.Bot.StatusPosts;

/// <summary>
/// Claims, one row per project per week (partition: the encoded project id, row: "2026-W10"), and the pending
/// list (partition "!pending", a row per claimed-but-unfinished post). A pending row is written before the claim
/// and removed after the claim is final, so a post whose instance crashed, failed or was throttled is always found
/// again without scanning all claims; the list stays as short as the posts in flight.
/// </summary>
public sealed class StatusClaimStore
{
    private const string PendingPartition = "!pending";

    private readonly GuardedTable _table;

    public StatusClaimStore(TableServiceClient serviceClient, IOptions<StatusPostOptions> options)
    {
        ArgumentNullException.ThrowIfNull(serviceClient);
        _table = new GuardedTable(serviceClient.GetTableClient(options.Value.ClaimTable));
    }

    public async Task<StatusClaim?> GetAsync(string projectId, string weekKey, CancellationToken cancellationToken)
    {
        var entity = await _table.GetAsync(TableKeys.Encode(projectId), weekKey, cancellationToken);
        return entity is null ? null : FromEntity(entity);
    }

    /// <summary>
    /// Takes the week's claim: adds it when there is none, or takes over <paramref name="existing"/> (an expired,
    /// unfinished claim) under its ETag.
    /// </summary>
    /// <returns>The claim now held, or null when another instance took it first.</returns>
    public async Task<StatusClaim?> TryTakeAsync(StatusClaim? existing, StatusPending post, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var claim = new StatusClaim(post.TenantId, post.ProjectId, post.WeekKey, post.DueAt, StatusClaimState.Claimed, owner, now, now + lease,
            (existing?.Attempts ?? 0) + 1, existing?.Outcome, default);
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

    public Task AddPendingAsync(StatusPending post, CancellationToken cancellationToken) =>
        _table.UpsertAsync(new TableEntity(PendingPartition, PendingRow(post.ProjectId, post.WeekKey))
        {
            [nameof(StatusPending.TenantId)] = post.TenantId,
            [nameof(StatusPending.ProjectId)] = post.ProjectId,
            [nameof(StatusPending.WeekKey)] = post.WeekKey,
            [nameof(StatusPending.DueAt)] = post.DueAt,
        }, cancellationToken);

    public Task RemovePendingAsync(string projectId, string weekKey, CancellationToken cancellationToken) =>
        _table.DeleteAsync(PendingPartition, PendingRow(projectId, weekKey), ETag.All, cancellationToken);

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

    private static string PendingRow(string projectId, string weekKey) => weekKey + "|" + TableKeys.Encode(projectId);

    private static TableEntity ToEntity(StatusClaim c)
    {
        var entity = new TableEntity(TableKeys.Encode(c.ProjectId), c.WeekKey)
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

        return entity;
    }

    private static StatusClaim FromEntity(TableEntity e) => new(
        e.GetString(nameof(StatusClaim.TenantId)) ?? string.Empty,
        e.GetString(nameof(StatusClaim.ProjectId)) ?? TableKeys.Decode(e.PartitionKey),
        e.RowKey,
        e.GetDateTimeOffset(nameof(StatusClaim.DueAt)) ?? DateTimeOffset.MinValue,
        Enum.Parse<StatusClaimState>(e.GetString(nameof(StatusClaim.State)) ?? nameof(StatusClaimState.Claimed)),
        e.GetString(nameof(StatusClaim.Owner)) ?? string.Empty,
        e.GetDateTimeOffset(nameof(StatusClaim.ClaimedAt)) ?? DateTimeOffset.MinValue,
        e.GetDateTimeOffset(nameof(StatusClaim.LeaseUntil)) ?? DateTimeOffset.MinValue,
        e.GetInt32(nameof(StatusClaim.Attempts)) ?? 0,
        e.GetString(nameof(StatusClaim.Outcome)),
        e.ETag);
}
