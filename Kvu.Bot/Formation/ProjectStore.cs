using Kvu.Bot.Storage;

namespace Kvu.Bot.Formation;

/// <summary>
/// KVU projects, each one JSON document in one entity of its own partition: a turn that works on a project reads
/// one entity and writes it back under the ETag it read. When someone else wrote in between (412), the store
/// reloads and applies the same mutation again, so concurrent edits by several people never lose each other's
/// changes. A project is only ever returned to callers of its own tenant.
///
/// The entity's RowKey is the project's own key, like its PartitionKey. It used to be "project" for every project;
/// Azure does not mind, but Azurite looks a point read up by RowKey first, so with a shared RowKey every read
/// scanned all projects (10,000 projects: ~10 ms of Azurite's CPU per read, the bench's fan-out row). A project
/// still stored under the old RowKey is read from there and moved on its next save.
///
/// Features that keep a copy of part of a project (<see cref="IProjectChangeListener"/>) are told before and after
/// each save that changes their part.
/// </summary>
public sealed class ProjectStore(TableServiceClient serviceClient, IEnumerable<IProjectChangeListener>? listeners = null)
{
    public const string TableName = KvuTables.Projects;

    /// <summary>Attempts before giving up under heavy contention; each retry re-reads the latest version.</summary>
    public const int MaxAttempts = 32;

    /// <summary>Longest wait between two attempts; all waits together stay well within a Teams turn.</summary>
    private const int MaxBackoffMilliseconds = 1000;

    /// <summary>The RowKey every project had before it became the project's own key.</summary>
    private const string LegacyRowKey = "project";

    /// <summary>
    /// The index of archived projects, a row per project (RowKey: the encoded project id). "~" followed by lower-case
    /// letters is never produced by TableKeys.Encode, so no project is named like this partition.
    /// </summary>
    private const string ArchivedPartition = "~archived";

    private readonly GuardedTable _table = new(serviceClient, TableName);
    private readonly IReadOnlyList<IProjectChangeListener> _listeners = [.. listeners ?? []];

    public async Task<KvuProject?> GetAsync(ProjectKey key, CancellationToken cancellationToken)
    {
        var entity = await ReadAsync(key.ProjectId, cancellationToken);
        var project = entity is null ? null : Deserialize(entity);
        return project?.TenantId == key.TenantId ? project : null;
    }

    /// <exception cref="StorageConflictException">A project with this id exists already.</exception>
    public async Task CreateAsync(KvuProject project, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        await _table.AddAsync(ToEntity(project), cancellationToken);
    }

    /// <summary>
    /// Applies <paramref name="mutate"/> to the latest version and saves it. A <see cref="FormationRuleException"/>
    /// from the mutation propagates and nothing is written; an archived project is read-only
    /// (<see cref="FormationRuleCode.ProjectArchived"/>).
    /// </summary>
    /// <returns>The project as saved, or null when it does not exist in this tenant.</returns>
    public Task<KvuProject?> UpdateAsync(ProjectKey key, Action<KvuProject> mutate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mutate);
        return UpdateCoreAsync(key.TenantId, key.ProjectId, p =>
        {
            if (p.IsArchived)
            {
                throw new FormationRuleException(FormationRuleCode.ProjectArchived);
            }

            mutate(p);
            return true;
        }, cancellationToken);
    }

    /// <summary>
    /// Erases a person from the project (<see cref="KvuProject.ErasePerson"/>), archived or not, under the same ETag
    /// rules as every other change; writes nothing when <paramref name="erase"/> says nothing changed.
    /// </summary>
    /// <returns>True when the project was changed.</returns>
    public async Task<bool> EraseAsync(string tenantId, string projectId, Func<KvuProject, bool> erase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erase);
        var changed = false;
        await UpdateCoreAsync(tenantId, projectId, p => changed = erase(p), cancellationToken);
        return changed;
    }

    /// <summary>
    /// Archives the project. Its entry in the index of archived projects (what the retention job reads) is written
    /// first, so a crash in between leaves an entry for a project that is not archived (the job drops it) rather than an
    /// archived project nobody will ever delete.
    /// </summary>
    /// <returns>The project as saved, or null when it does not exist in this tenant.</returns>
    public async Task<KvuProject?> ArchiveAsync(string tenantId, string projectId, PersonRef by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await _table.UpsertAsync(new TableEntity(ArchivedPartition, TableKeys.Encode(projectId))
        {
            [nameof(ArchivedProject.TenantId)] = tenantId,
            [nameof(ArchivedProject.ProjectId)] = projectId,
            [nameof(ArchivedProject.ArchivedAt)] = at,
        }, cancellationToken);
        return await UpdateAsync(new ProjectKey(tenantId, projectId), p => p.Archive(by, at), cancellationToken);
    }

    /// <summary>Every entry of the index of archived projects (one partition): for the retention job.</summary>
    public async IAsyncEnumerable<ArchivedProject> ListArchivedAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in _table.QueryPartitionAsync(ArchivedPartition, cancellationToken))
        {
            yield return new ArchivedProject(
                entity.GetString(nameof(ArchivedProject.TenantId)) ?? string.Empty,
                entity.GetString(nameof(ArchivedProject.ProjectId)) ?? TableKeys.Decode(entity.RowKey),
                entity.GetDateTimeOffset(nameof(ArchivedProject.ArchivedAt)) ?? DateTimeOffset.MinValue,
                entity.Timestamp ?? DateTimeOffset.MinValue);
        }
    }

    /// <summary>Removes the project's entry from the index of archived projects (it is deleted, or was never archived).</summary>
    public Task ForgetArchivedAsync(string projectId, CancellationToken cancellationToken) =>
        _table.DeleteAsync(ArchivedPartition, TableKeys.Encode(projectId), ETag.All, cancellationToken);

    /// <summary>Deletes the project's own rows (under its key and the legacy key); its other tables are their features' to clear.</summary>
    /// <returns>How many rows were deleted.</returns>
    public async Task<int> DeleteAsync(string tenantId, string projectId, CancellationToken cancellationToken)
    {
        var key = KeyOf(projectId);
        var deleted = 0;
        foreach (var row in new[] { key, LegacyRowKey })
        {
            var entity = await _table.GetAsync(key, row, cancellationToken);
            if (entity is not null && entity.GetString(nameof(KvuProject.TenantId)) == tenantId)
            {
                deleted += await _table.DeleteAsync(key, row, ETag.All, cancellationToken) ? 1 : 0;
            }
        }

        return deleted;
    }

    /// <summary>Every project of one tenant: a scan of all projects, for the tenant administrator's rare requests (an export, an erasure), never on a turn.</summary>
    public async Task<IReadOnlyList<KvuProject>> ListTenantAsync(string tenantId, CancellationToken cancellationToken)
    {
        var projects = new List<KvuProject>();
        await foreach (var project in ListAllAsync(cancellationToken))
        {
            if (project.TenantId == tenantId)
            {
                projects.Add(project);
            }
        }

        return projects;
    }

    /// <param name="mutate">Changes the project; false: nothing changed, nothing is written.</param>
    private async Task<KvuProject?> UpdateCoreAsync(string tenantId, string projectId, Func<KvuProject, bool> mutate, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var entity = await ReadAsync(projectId, cancellationToken);
            var project = entity is null ? null : Deserialize(entity);
            if (project is null || project.TenantId != tenantId)
            {
                return null;
            }

            var before = _listeners.Select(l => l.Fingerprint(project)).ToList();
            if (!mutate(project))
            {
                return project;
            }

            // Every attempt tells them again: a save that got in between may have settled the earlier announcement.
            var settle = await ProjectChanges.ChangingAsync(_listeners.Where((l, i) => l.Fingerprint(project) != before[i]), projectId, cancellationToken);

            try
            {
                await _table.SaveOwnRowAsync(ToEntity(project), entity, cancellationToken);
                await settle(cancellationToken);
                return project;
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                // Someone saved first: take their version and apply our change on top of it. Exponential backoff
                // with full jitter, bounded (Azure Architecture Center, "Retry pattern"): a linearly growing
                // window let writers of a busy project collide eight times and lose their edit.
                await Task.Delay(Random.Shared.Next(0, Math.Min(MaxBackoffMilliseconds, 10 << attempt)), cancellationToken);
            }
        }
    }

    /// <summary>The PartitionKey and RowKey a project is stored under (its own row), as the store writes it and an export names it.</summary>
    public static string KeyOf(string projectId) => TableKeys.Encode(projectId);

    /// <summary>Every project of every tenant, page by page: for maintenance scans at start-up, never on a turn.</summary>
    public async IAsyncEnumerable<KvuProject> ListAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in _table.QueryAllAsync(cancellationToken))
        {
            if (entity.RowKey == entity.PartitionKey || entity.RowKey == LegacyRowKey)
            {
                yield return Deserialize(entity);
            }
        }
    }

    private Task<TableEntity?> ReadAsync(string projectId, CancellationToken cancellationToken) =>
        _table.GetOwnRowAsync(KeyOf(projectId), LegacyRowKey, cancellationToken);

    private static TableEntity ToEntity(KvuProject project)
    {
        var key = KeyOf(project.Id);
        var entity = new TableEntity(key, key)
        {
            [nameof(KvuProject.TenantId)] = project.TenantId,
        };
        JsonChunks.Write(entity, JsonSerializer.Serialize(project, FormationJson.Options));
        return entity;
    }

    private static KvuProject Deserialize(TableEntity entity) =>
        JsonSerializer.Deserialize<KvuProject>(JsonChunks.Read(entity, TableName), FormationJson.Options)
        ?? throw new InvalidOperationException($"Project entity '{entity.PartitionKey}' in table {TableName} holds no project.");
}
