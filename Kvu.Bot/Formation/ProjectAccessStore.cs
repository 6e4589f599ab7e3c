using Kvu.Bot.Storage;

namespace Kvu.Bot.Formation;

/// <summary>
/// Which projects a user may open. Partition per tenant, row per (user, project): "my projects" is one
/// prefix query, and a user of one gemeente never finds another gemeente's project in the same tenant.
/// Features that keep a copy of who manages a project (<see cref="IProjectChangeListener"/>) are told around each grant.
/// </summary>
public sealed class ProjectAccessStore(TableServiceClient serviceClient, IEnumerable<IProjectChangeListener>? listeners = null)
{
    public const string TableName = KvuTables.ProjectAccess;

    private const char Separator = '|';

    private readonly GuardedTable _table = new(serviceClient, TableName);
    private readonly IReadOnlyList<IProjectChangeListener> _listeners = [.. listeners ?? []];

    /// <summary>
    /// Grants or updates access; a higher role is never lowered by a later, lesser grant, also not by one made at
    /// the same moment (the write is conditional on what was read).
    /// </summary>
    public async Task GrantAsync(ProjectAccess access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        for (var attempt = 1; ; attempt++)
        {
            var current = await _table.GetAsync(TableKeys.Encode(access.TenantId), RowKey(access.UserId, access.ProjectId), cancellationToken);
            if (current is not null && FromEntity(current).Role > access.Role)
            {
                return;
            }

            var settle = await ProjectChanges.ChangingAsync(_listeners, access.ProjectId, cancellationToken);

            try
            {
                if (current is null)
                {
                    await _table.AddAsync(ToEntity(access), cancellationToken);
                }
                else
                {
                    await _table.UpdateAsync(ToEntity(access), current.ETag, cancellationToken);
                }

                await settle(cancellationToken);
                return;
            }
            catch (StorageConflictException) when (attempt < 5)
            {
                // Someone granted at the same moment: read their grant and decide again.
            }
        }
    }

    public async Task<ProjectAccess?> GetAsync(string tenantId, string userId, string projectId, CancellationToken cancellationToken)
    {
        var entity = await _table.GetAsync(TableKeys.Encode(tenantId), RowKey(userId, projectId), cancellationToken);
        return entity is null ? null : FromEntity(entity);
    }

    /// <summary>May the user manage the project (<see cref="ProjectAccess.MayManage"/>); false without access.</summary>
    public async Task<bool> MayManageAsync(string tenantId, string userId, string projectId, CancellationToken cancellationToken) =>
        await GetAsync(tenantId, userId, projectId, cancellationToken) is { MayManage: true };

    /// <summary>The project a command that names none is about: the user's active project, else the last one listed for them.</summary>
    public async Task<string?> ActiveOrLatestAsync(string tenantId, string userId, string? activeProjectId, CancellationToken cancellationToken)
    {
        var projectId = activeProjectId;
        if (projectId is null)
        {
            await foreach (var grant in ListForUserAsync(tenantId, userId, cancellationToken))
            {
                projectId = grant.ProjectId;
            }
        }

        return projectId;
    }

    public async IAsyncEnumerable<ProjectAccess> ListForUserAsync(string tenantId, string userId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var prefix = TableKeys.Encode(userId) + Separator;
        await foreach (var entity in _table.QueryRowPrefixAsync(TableKeys.Encode(tenantId), prefix, cancellationToken))
        {
            yield return FromEntity(entity);
        }
    }

    /// <summary>
    /// Every grant of one project: a query of the tenant's partition by property, so it reads all of the tenant's
    /// grants. For the rare rebuild of a copy of who manages a project (<see cref="IProjectChangeListener"/>), never per turn.
    /// </summary>
    public async Task<IReadOnlyList<ProjectAccess>> ListForProjectAsync(string tenantId, string projectId, CancellationToken cancellationToken)
    {
        var grants = new List<ProjectAccess>();
        await foreach (var entity in _table.QueryPartitionWhereAsync(TableKeys.Encode(tenantId), nameof(ProjectAccess.ProjectId), projectId, cancellationToken))
        {
            grants.Add(FromEntity(entity));
        }

        return grants;
    }

    /// <summary>
    /// Takes a user's access to a project away (her data is erased from it). Features that keep a copy of who manages
    /// the project are told, as for a grant.
    /// </summary>
    /// <returns>False when she had none.</returns>
    public async Task<bool> RevokeAsync(string tenantId, string userId, string projectId, CancellationToken cancellationToken)
    {
        var row = RowKey(userId, projectId);
        if (await _table.GetAsync(TableKeys.Encode(tenantId), row, cancellationToken) is null)
        {
            return false;
        }

        var settle = await ProjectChanges.ChangingAsync(_listeners, projectId, cancellationToken);
        var revoked = await _table.DeleteAsync(TableKeys.Encode(tenantId), row, ETag.All, cancellationToken);
        await settle(cancellationToken);
        return revoked;
    }

    /// <summary>Every grant of the tenant (one partition): for the tenant administrator's rare requests, never per turn.</summary>
    public async Task<IReadOnlyList<ProjectAccess>> ListTenantAsync(string tenantId, CancellationToken cancellationToken)
    {
        var grants = new List<ProjectAccess>();
        await foreach (var entity in _table.QueryPartitionAsync(TableKeys.Encode(tenantId), cancellationToken))
        {
            grants.Add(FromEntity(entity));
        }

        return grants;
    }

    /// <summary>Deletes every grant of a project whose retention period is over.</summary>
    /// <returns>How many were deleted.</returns>
    public async Task<int> DeleteProjectAsync(string tenantId, string projectId, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (var entity in _table.QueryPartitionWhereAsync(TableKeys.Encode(tenantId), nameof(ProjectAccess.ProjectId), projectId, cancellationToken))
        {
            rows.Add(entity);
        }

        return await _table.DeleteEntitiesAsync(rows, cancellationToken);
    }

    /// <summary>Where a grant is stored, for an export.</summary>
    public static (string PartitionKey, string RowKey) KeysOf(ProjectAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        return (TableKeys.Encode(access.TenantId), RowKey(access.UserId, access.ProjectId));
    }

    private static string RowKey(string userId, string projectId) => TableKeys.Encode(userId) + Separator + TableKeys.Encode(projectId);

    private static TableEntity ToEntity(ProjectAccess access) => new(TableKeys.Encode(access.TenantId), RowKey(access.UserId, access.ProjectId))
    {
        [nameof(ProjectAccess.TenantId)] = access.TenantId,
        [nameof(ProjectAccess.UserId)] = access.UserId,
        [nameof(ProjectAccess.ProjectId)] = access.ProjectId,
        [nameof(ProjectAccess.Gemeente)] = access.Gemeente,
        [nameof(ProjectAccess.Uitgaansgebied)] = access.Uitgaansgebied,
        [nameof(ProjectAccess.Role)] = access.Role.ToString(),
        [nameof(ProjectAccess.GrantedAt)] = access.GrantedAt,
    };

    private static ProjectAccess FromEntity(TableEntity entity) => new(
        entity.GetString(nameof(ProjectAccess.TenantId)) ?? string.Empty,
        entity.GetString(nameof(ProjectAccess.UserId)) ?? string.Empty,
        entity.GetString(nameof(ProjectAccess.ProjectId)) ?? string.Empty,
        entity.GetString(nameof(ProjectAccess.Gemeente)) ?? string.Empty,
        entity.GetString(nameof(ProjectAccess.Uitgaansgebied)) ?? string.Empty,
        Enum.TryParse<ProjectAccessRole>(entity.GetString(nameof(ProjectAccess.Role)), out var role) ? role : ProjectAccessRole.Member,
        entity.GetDateTimeOffset(nameof(ProjectAccess.GrantedAt)) ?? DateTimeOffset.MinValue);
}
