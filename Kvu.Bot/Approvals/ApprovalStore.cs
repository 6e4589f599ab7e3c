using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Kvu.Bot.Formation;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Approvals;

/// <summary>
/// Group decisions, members' current responses and the audit trail, all in the project's own partition so that
/// one card action reads one partition. Rows:
/// <c>d|{decision}</c> the decision (JSON, updated under its ETag);
/// <c>r|{decision}|{aad}</c> one row per member with their current response, so 60 members answering at the same
/// moment each write their own row and never contend for one entity;
/// <c>a|{decision}|{ticks}|{aad}</c> the audit trail, added (never changed) in the same transaction as the response.
/// </summary>
public sealed class ApprovalStore
{
    public const string TableName = KvuTables.Approvals;

    /// <summary>Attempts before giving up under contention; each retry re-reads the latest version.</summary>
    public const int MaxAttempts = 8;

    private const char Separator = '|';

    /// <summary>On the decision entity: the version (ETag) of the project the decision was last brought in line with.</summary>
    private const string ProjectVersionProperty = "ProjectVersion";

    private readonly GuardedTable _table;

    public ApprovalStore(TableServiceClient serviceClient)
    {
        ArgumentNullException.ThrowIfNull(serviceClient);
        _table = new GuardedTable(serviceClient.GetTableClient(TableName));
    }

    /// <returns>The decision, or null when it does not exist or belongs to another tenant.</returns>
    public async Task<GroupDecision?> GetDecisionAsync(string tenantId, string projectId, string decisionId, CancellationToken cancellationToken)
    {
        var entity = await _table.GetAsync(Partition(projectId), DecisionRow(decisionId), cancellationToken);
        var decision = entity is null ? null : ReadDecision(entity);
        return decision?.TenantId == tenantId ? decision : null;
    }

    /// <summary>
    /// The decision and every member's current response in one query of the project's partition: a card action
    /// needs both, and on one busy storage account each request counts (60 members may click at the same moment).
    /// </summary>
    /// <returns>The reading, or null when the decision does not exist or belongs to another tenant.</returns>
    public async Task<DecisionSnapshot?> ReadAsync(string tenantId, string projectId, string decisionId, CancellationToken cancellationToken)
    {
        var decisionRow = DecisionRow(decisionId);
        TableEntity? decisionEntity = null;
        var responses = new List<ApprovalResponse>();
        var eTags = new Dictionary<string, Azure.ETag>(StringComparer.Ordinal);
        await foreach (var entity in _table.QueryRowAndPrefixAsync(Partition(projectId), decisionRow, ResponsePrefix(decisionId), cancellationToken))
        {
            if (entity.RowKey == decisionRow)
            {
                decisionEntity = entity;
                continue;
            }

            var response = ReadResponse(entity);
            responses.Add(response);
            eTags[DecisionSnapshot.Key(response.AadObjectId)] = entity.ETag;
        }

        var decision = decisionEntity is null ? null : ReadDecision(decisionEntity);
        return decision is null || decision.TenantId != tenantId
            ? null
            : new DecisionSnapshot(decision, decisionEntity!.ETag, decisionEntity.GetString(ProjectVersionProperty), responses, eTags);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the decision as read in <paramref name="current"/> and saves the result
    /// under that reading's ETag; on a 412 it reads again and applies the change to the latest version. Returning the
    /// same instance writes nothing. The change must not depend on the project (see <see cref="BringInLineAsync"/>).
    /// </summary>
    /// <returns>The reading with the decision as saved.</returns>
    public Task<DecisionSnapshot> UpdateAsync(DecisionSnapshot current, Func<GroupDecision, GroupDecision> change, CancellationToken cancellationToken) =>
        SaveAsync(current, change, reading => reading.ProjectVersion, cancellationToken);

    /// <summary>
    /// Brings the decision in line with the project as it is at <paramref name="projectVersion"/>: applies
    /// <paramref name="change"/> (computed from that project) and saves the result with the version on it, so a
    /// later click that finds the project still at that version can skip reading the whole project. Writes when the
    /// content changed or the decision did not carry this version yet; on a 412 it reads again and applies the change again.
    /// </summary>
    public Task<DecisionSnapshot> BringInLineAsync(DecisionSnapshot current, string projectVersion, Func<GroupDecision, GroupDecision> change, CancellationToken cancellationToken) =>
        SaveAsync(current, change, _ => projectVersion, cancellationToken);

    /// <param name="projectVersion">The project version the saved decision is in line with, given the reading the change was applied to.</param>
    private async Task<DecisionSnapshot> SaveAsync(DecisionSnapshot current, Func<GroupDecision, GroupDecision> change, Func<DecisionSnapshot, string?> projectVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            var next = change(current.Decision);
            var version = projectVersion(current);
            if (ReferenceEquals(next, current.Decision) && version == current.ProjectVersion)
            {
                return current;
            }

            try
            {
                return current.With(next, await _table.UpdateAsync(ToEntity(next, version), current.DecisionETag, cancellationToken), version);
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                await Task.Delay(Random.Shared.Next(5, 20 * attempt), cancellationToken);

                // Decisions are never deleted, so the re-read finds it (under the same tenant, which never changes).
                current = await ReadAsync(current.Decision.TenantId, current.Decision.ProjectId, current.Decision.Id, cancellationToken) ?? current;
            }
        }
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the latest version (null when there is none yet) and saves the result
    /// under the ETag read; on a 412 it re-reads and applies the change again. Returning the same instance writes nothing.
    /// </summary>
    /// <returns>The decision as saved, or null when <paramref name="change"/> returned null or the decision belongs to another tenant.</returns>
    public async Task<GroupDecision?> UpdateDecisionAsync(string tenantId, string projectId, GroupDecisionKind kind, Func<GroupDecision?, GroupDecision?> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            var entity = await _table.GetAsync(Partition(projectId), DecisionRow(GroupDecision.IdFor(kind)), cancellationToken);
            var current = entity is null ? null : ReadDecision(entity);
            if (current is not null && current.TenantId != tenantId)
            {
                return null;
            }

            var next = change(current);
            if (next is null || ReferenceEquals(next, current))
            {
                return next;
            }

            try
            {
                if (entity is null)
                {
                    await _table.AddAsync(ToEntity(next), cancellationToken);

                    // The reminder job finds every decision in this one partition instead of scanning the table.
                    await _table.UpsertAsync(new TableEntity(IndexPartition, $"{TableKeys.Encode(next.ProjectId)}{Separator}{next.Id}")
                    {
                        [nameof(GroupDecision.TenantId)] = next.TenantId,
                        [nameof(GroupDecision.ProjectId)] = next.ProjectId,
                    }, cancellationToken);
                }
                else
                {
                    await _table.UpdateAsync(ToEntity(next), entity.ETag, cancellationToken);
                }

                return next;
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                await Task.Delay(Random.Shared.Next(5, 20 * attempt), cancellationToken);
            }
        }
    }

    /// <summary>
    /// Keeps <paramref name="response"/> as the member's current answer and adds it to the audit trail, both in one
    /// transaction. The same answer to the same version again (a Teams retry, a double click) changes nothing.
    /// </summary>
    /// <returns>True when the response was new; false when it was already recorded.</returns>
    public Task<bool> RecordAsync(string projectId, ApprovalResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);

        // No reading to go by: the first try assumes a member's first answer (the common case) and writes without
        // reading first. If the row exists after all, the conflict sends it to the read-and-compare path.
        return RecordAsync(projectId, response, ifMatch: null, read: false, cancellationToken);
    }

    /// <summary>
    /// As <see cref="RecordAsync(string, ApprovalResponse, CancellationToken)"/>, going by the member's response in
    /// <paramref name="current"/>: the same answer again writes nothing, a first answer is added and a changed one
    /// replaces the row under the ETag read. One request, also when all 60 members of a card click at once (each
    /// writes her own row); a row someone else wrote since the reading is read again and compared.
    /// </summary>
    /// <returns>True when the response was new; false when it was already recorded.</returns>
    public Task<bool> RecordAsync(DecisionSnapshot current, ApprovalResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(response);
        var mine = current.ResponseOf(response.AadObjectId);
        if (mine is not null && mine.SameAs(response))
        {
            return Task.FromResult(false);
        }

        var eTag = mine is null ? null : current.ETagOf(response.AadObjectId);
        return RecordAsync(current.Decision.ProjectId, response, eTag, read: mine is not null && eTag is null, cancellationToken);
    }

    /// <param name="ifMatch">The ETag of the member's row as read; null: she had no row (the write adds one).</param>
    /// <param name="read">True: read the row first rather than go by <paramref name="ifMatch"/>.</param>
    private async Task<bool> RecordAsync(string projectId, ApprovalResponse response, Azure.ETag? ifMatch, bool read, CancellationToken cancellationToken)
    {
        var partition = Partition(projectId);
        var row = ResponseRow(response.DecisionId, response.AadObjectId);
        for (var attempt = 1; ; attempt++)
        {
            if (read)
            {
                var existing = await _table.GetAsync(partition, row, cancellationToken);
                if (existing is not null && ReadResponse(existing).SameAs(response))
                {
                    return false;
                }

                ifMatch = existing?.ETag;
            }

            var current = ToEntity(partition, row, response);
            var audit = ToEntity(partition, AuditRow(response), response);
            TableTransactionAction[] actions =
            [
                ifMatch is { } eTag
                    ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, current, eTag)
                    : new TableTransactionAction(TableTransactionActionType.Add, current),
                new TableTransactionAction(TableTransactionActionType.Add, audit),
            ];
            try
            {
                await _table.SubmitTransactionAsync(actions, cancellationToken);
                return true;
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                // An earlier answer exists, or the member's other click (or Teams' retry) got there first: look at what it wrote.
                if (read)
                {
                    await Task.Delay(Random.Shared.Next(5, 20 * attempt), cancellationToken);
                }

                read = true;
            }
        }
    }

    /// <summary>Every member's current response to the decision, whatever version it was given to.</summary>
    public async Task<IReadOnlyList<ApprovalResponse>> ListResponsesAsync(string projectId, string decisionId, CancellationToken cancellationToken)
    {
        var responses = new List<ApprovalResponse>();
        await foreach (var entity in _table.QueryRowPrefixAsync(Partition(projectId), ResponsePrefix(decisionId), cancellationToken))
        {
            responses.Add(ReadResponse(entity));
        }

        return responses;
    }

    /// <summary>Every response ever given to the decision, oldest first.</summary>
    public async Task<IReadOnlyList<ApprovalResponse>> ListAuditAsync(string projectId, string decisionId, CancellationToken cancellationToken)
    {
        var entries = new List<ApprovalResponse>();
        await foreach (var entity in _table.QueryRowPrefixAsync(Partition(projectId), $"a{Separator}{decisionId}{Separator}", cancellationToken))
        {
            entries.Add(ReadResponse(entity));
        }

        return entries;
    }

    /// <summary>Every response ever given in the project (group decisions and invitations), grouped per decision, oldest first within each.</summary>
    public async Task<IReadOnlyList<ApprovalResponse>> ListProjectAuditAsync(string projectId, CancellationToken cancellationToken)
    {
        var entries = new List<ApprovalResponse>();
        await foreach (var entity in _table.QueryRowPrefixAsync(Partition(projectId), $"a{Separator}", cancellationToken))
        {
            entries.Add(ReadResponse(entity));
        }

        return entries;
    }

    /// <summary>(tenant, project, decision) of every group decision, for the reminder job.</summary>
    public async IAsyncEnumerable<(string TenantId, string ProjectId, string DecisionId)> ListAllDecisionsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in _table.QueryPartitionAsync(IndexPartition, cancellationToken))
        {
            yield return (entity.GetString(nameof(GroupDecision.TenantId)) ?? string.Empty, entity.GetString(nameof(GroupDecision.ProjectId)) ?? string.Empty, entity.RowKey.Split(Separator)[^1]);
        }
    }

    /// <summary>
    /// Marks that <paramref name="aadObjectId"/> was reminded of this version; false when that happened already, so
    /// a member gets one reminder per version however often the job runs (or runs twice at once).
    /// </summary>
    public async Task<bool> TryMarkRemindedAsync(string projectId, string decisionId, int version, string aadObjectId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        try
        {
            await _table.AddAsync(new TableEntity(Partition(projectId), $"m{Separator}{decisionId}{Separator}{version}{Separator}{TableKeys.Encode(aadObjectId.ToLowerInvariant())}")
            {
                ["At"] = at,
            }, cancellationToken);
            return true;
        }
        catch (StorageConflictException)
        {
            return false;
        }
    }

    /// <summary>The AAD object ids (lower case) already reminded under <paramref name="version"/> (a version, or a day for reminders by hand).</summary>
    public async Task<IReadOnlySet<string>> ListRemindedAsync(string projectId, string decisionId, int version, CancellationToken cancellationToken)
    {
        var reminded = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await foreach (var entity in _table.QueryRowPrefixAsync(Partition(projectId), $"m{Separator}{decisionId}{Separator}{version}{Separator}", cancellationToken))
        {
            reminded.Add(TableKeys.Decode(entity.RowKey.Split(Separator)[^1]));
        }

        return reminded;
    }

    /// <summary>Keeps a pressed "Herinneren" until its reminders are out, so a restart in between loses none.</summary>
    public async Task SaveReminderRequestAsync(ReminderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await _table.UpsertAsync(new TableEntity(RemindPartition, RequestRow(request))
        {
            [nameof(ReminderRequest.TenantId)] = request.TenantId,
            [nameof(ReminderRequest.ProjectId)] = request.ProjectId,
            [nameof(ReminderRequest.Kind)] = request.Kind.ToString(),
            [nameof(ReminderRequest.RequestedBy)] = request.RequestedBy,
            [nameof(ReminderRequest.Locale)] = request.Locale,
            [nameof(ReminderRequest.At)] = request.At,
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<ReminderRequest>> ListReminderRequestsAsync(CancellationToken cancellationToken)
    {
        var requests = new List<ReminderRequest>();
        await foreach (var entity in _table.QueryPartitionAsync(RemindPartition, cancellationToken))
        {
            if (Enum.TryParse<GroupDecisionKind>(entity.GetString(nameof(ReminderRequest.Kind)), out var kind))
            {
                requests.Add(new ReminderRequest(
                    entity.GetString(nameof(ReminderRequest.TenantId)) ?? string.Empty,
                    entity.GetString(nameof(ReminderRequest.ProjectId)) ?? string.Empty,
                    kind,
                    entity.GetString(nameof(ReminderRequest.RequestedBy)) ?? string.Empty,
                    entity.GetString(nameof(ReminderRequest.Locale)) ?? "nl-NL",
                    entity.GetDateTimeOffset(nameof(ReminderRequest.At)) ?? DateTimeOffset.MinValue));
            }
        }

        return requests;
    }

    public async Task DeleteReminderRequestAsync(ReminderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await _table.DeleteAsync(RemindPartition, RequestRow(request), Azure.ETag.All, cancellationToken);
    }

    // One row per decision and day: pressing twice before the first run is done queues it once.
    private static string RequestRow(ReminderRequest request) =>
        $"{TableKeys.Encode(request.ProjectId)}{Separator}{GroupDecision.IdFor(request.Kind)}{Separator}{request.At.UtcDateTime:yyyyMMdd}";

    private const string RemindPartition = "~remind";

    // "~" followed by lower-case letters is never produced by TableKeys.Encode (it escapes as ~XX, upper-case hex),
    // so no project partition can be named like this.
    private const string IndexPartition = "~decisions";

    private static string Partition(string projectId) => TableKeys.Encode(projectId);

    private static string DecisionRow(string decisionId) => $"d{Separator}{decisionId}";

    private static string ResponsePrefix(string decisionId) => $"r{Separator}{decisionId}{Separator}";

    private static string ResponseRow(string decisionId, string aadObjectId) =>
        $"{ResponsePrefix(decisionId)}{TableKeys.Encode(aadObjectId.ToLowerInvariant())}";

    // Ticks with fixed width sort in time order, so the audit query returns the trail oldest first.
    private static string AuditRow(ApprovalResponse response) =>
        $"a{Separator}{response.DecisionId}{Separator}{response.At.UtcTicks.ToString("D19", CultureInfo.InvariantCulture)}{Separator}{TableKeys.Encode(response.AadObjectId.ToLowerInvariant())}";

    // Every save that does not know the project version leaves it off (replace drops it), so the next click reads the project.
    private static TableEntity ToEntity(GroupDecision decision, string? projectVersion = null)
    {
        var entity = new TableEntity(Partition(decision.ProjectId), DecisionRow(decision.Id))
        {
            [nameof(GroupDecision.TenantId)] = decision.TenantId,
        };
        if (projectVersion is not null)
        {
            entity[ProjectVersionProperty] = projectVersion;
        }

        JsonChunks.Write(entity, JsonSerializer.Serialize(decision, FormationJson.Options));
        return entity;
    }

    private static GroupDecision ReadDecision(TableEntity entity) =>
        JsonSerializer.Deserialize<GroupDecision>(JsonChunks.Read(entity, TableName), FormationJson.Options)
        ?? throw new InvalidOperationException($"Decision entity (PartitionKey '{entity.PartitionKey}', RowKey '{entity.RowKey}') in table {TableName} holds no decision.");

    private static TableEntity ToEntity(string partition, string row, ApprovalResponse response)
    {
        var entity = new TableEntity(partition, row)
        {
            [nameof(ApprovalResponse.DecisionId)] = response.DecisionId,
            [nameof(ApprovalResponse.Version)] = response.Version,
            [nameof(ApprovalResponse.AadObjectId)] = response.AadObjectId,
            [nameof(ApprovalResponse.DisplayName)] = response.DisplayName,
            [nameof(ApprovalResponse.Answer)] = response.Answer.ToString(),
            [nameof(ApprovalResponse.At)] = response.At,
        };
        if (response.Comment is not null)
        {
            entity[nameof(ApprovalResponse.Comment)] = response.Comment;
        }

        return entity;
    }

    private static ApprovalResponse ReadResponse(TableEntity entity) => new(
        entity.GetString(nameof(ApprovalResponse.DecisionId)) ?? string.Empty,
        entity.GetInt32(nameof(ApprovalResponse.Version)) ?? 0,
        entity.GetString(nameof(ApprovalResponse.AadObjectId)) ?? string.Empty,
        entity.GetString(nameof(ApprovalResponse.DisplayName)) ?? string.Empty,
        Enum.TryParse<ApprovalAnswer>(entity.GetString(nameof(ApprovalResponse.Answer)), out var answer) ? answer : ApprovalAnswer.Object,
        entity.GetString(nameof(ApprovalResponse.Comment)),
        entity.GetDateTimeOffset(nameof(ApprovalResponse.At)) ?? DateTimeOffset.MinValue);
}
