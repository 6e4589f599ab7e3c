using Kvu.Bot.Formation;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Approvals;

/// <summary>
/// Group decisions, members' current responses and the audit trail, all in the project's own partition so that
/// one card action reads one partition, once. Rows:
/// <c>d|{decision}</c> the decision (JSON, updated under its ETag);
/// <c>r|{decision}|{aad}</c> one row per member with their current response and the head of their audit chain, so
/// 60 members answering at the same moment each write their own row and never contend for one entity;
/// <c>a|{decision}|{ticks}|{aad}</c> the audit trail, added (never changed) in the same transaction as the response,
/// each row sealed into its member's chain (<see cref="AuditChain"/>);
/// <c>e|{decision}|{seq}</c> the decision's own changes (put to the werkgroep, new version, closed, reopened), sealed
/// into the decision's chain, whose head is on the decision row, written in one transaction with it;
/// <c>k|{aad}</c> a person's salt for the digest of her personal fields in the trail;
/// <c>p</c> the werkgroep stamp, what a click needs from the project and its access grants (<see cref="WerkgroepAlignment"/>);
/// <c>m|...</c> reminder marks; <c>i|{member}</c> invitations (<see cref="InvitationStore"/>).
/// </summary>
public sealed class ApprovalStore(TableServiceClient serviceClient)
{
    public const string TableName = KvuTables.Approvals;

    /// <summary>Attempts before giving up under contention; each retry re-reads the latest version.</summary>
    public const int MaxAttempts = 8;

    private const char Separator = '|';

    /// <summary>On the decision entity: the werkgroep fingerprint the decision was last brought in line with.</summary>
    internal const string InLineWithProperty = "InLineWith";

    internal const string StampRow = "p";

    private readonly GuardedTable _table = new(serviceClient, TableName);

    /// <summary>
    /// The decision and every member's current response in one query of the project's partition, with the werkgroep
    /// stamp (and, for <paramref name="person"/>, her salt): everything a card action needs in one request, which
    /// counts on one busy storage account when 60 members click at the same moment.
    /// </summary>
    /// <returns>The reading, or null when the decision does not exist or belongs to another tenant.</returns>
    public Task<DecisionSnapshot?> ReadAsync(ProjectKey project, string decisionId, CancellationToken cancellationToken) =>
        ReadAsync(project, decisionId, person: null, cancellationToken);

    /// <inheritdoc cref="ReadAsync(ProjectKey, string, CancellationToken)"/>
    /// <param name="person">Whose salt to read along (the clicker's: her answer goes into the audit trail); null: nobody's.</param>
    public async Task<DecisionSnapshot?> ReadAsync(ProjectKey project, string decisionId, string? person, CancellationToken cancellationToken)
    {
        var (tenantId, projectId) = project;
        var decisionRow = DecisionRow(decisionId);
        List<RowKeyRange> ranges = [RowKeyRange.Key(decisionRow), RowKeyRange.Prefix(ResponsePrefix(decisionId)), RowKeyRange.Key(StampRow)];
        if (person is not null)
        {
            ranges.Add(RowKeyRange.Key(SaltRow(person)));
        }

        TableEntity? decisionEntity = null;
        TableEntity? stampEntity = null;
        var responses = new List<ApprovalResponse>();
        var rows = new Dictionary<string, (Azure.ETag, AuditSeal?)>(StringComparer.Ordinal);
        var salts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        await foreach (var entity in _table.QueryRowsAsync(Partition(projectId), ranges, cancellationToken))
        {
            if (entity.RowKey == decisionRow)
            {
                decisionEntity = entity;
            }
            else if (entity.RowKey == StampRow)
            {
                stampEntity = entity;
            }
            else if (ReadSalt(entity) is { } salt)
            {
                salts[DecisionSnapshot.Key(person!)] = salt;
            }
            else
            {
                var response = ReadResponse(entity);
                responses.Add(response);
                rows[DecisionSnapshot.Key(response.AadObjectId)] = (entity.ETag, ReadSeal(entity, string.Empty));
            }
        }

        var decision = decisionEntity is null ? null : ReadDecision(decisionEntity);
        return decision is null || decision.TenantId != tenantId
            ? null
            : new DecisionSnapshot(decision, decisionEntity!.ETag, decisionEntity.GetString(InLineWithProperty), ReadLastEvent(decisionEntity), responses, rows,
                stampEntity is null ? null : ReadStamp(stampEntity), stampEntity?.ETag, person, salts);
    }

    /// <summary>
    /// Every open decision of the project with its members' current responses, in one query (the decision rows and
    /// the response rows of the partition, not the audit trail), in the order of <see cref="GroupDecisionKind"/>.
    /// </summary>
    public async Task<IReadOnlyList<DecisionTally>> ListOpenAsync(ProjectKey project, CancellationToken cancellationToken)
    {
        var (tenantId, projectId) = project;
        var decisions = new List<GroupDecision>();
        var responses = new List<ApprovalResponse>();
        await foreach (var entity in _table.QueryRowsAsync(Partition(projectId), [RowKeyRange.Prefix($"d{Separator}"), RowKeyRange.Prefix($"r{Separator}")], cancellationToken))
        {
            if (entity.RowKey.StartsWith('d'))
            {
                decisions.Add(ReadDecision(entity));
            }
            else
            {
                responses.Add(ReadResponse(entity));
            }
        }

        // Responses to invitations share the partition; they belong to no decision and are left out here.
        var byDecision = responses.ToLookup(r => r.DecisionId, StringComparer.Ordinal);
        return [.. decisions
            .Where(d => d.TenantId == tenantId && !d.Closed)
            .OrderBy(d => d.Kind)
            .Select(d => new DecisionTally(d, [.. byDecision[d.Id]]))];
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the decision as read in <paramref name="current"/> and saves the result
    /// under that reading's ETag; on a 412 it reads again and applies the change to the latest version. Returning the
    /// same instance writes nothing. The change must not depend on the project (see <see cref="BringInLineAsync"/>).
    /// A change of version or open/closed goes into the audit trail in the same transaction, as <paramref name="by"/>'s (null: the bot's).
    /// </summary>
    /// <returns>The reading with the decision as saved.</returns>
    public Task<DecisionSnapshot> UpdateAsync(DecisionSnapshot current, Func<GroupDecision, GroupDecision> change, DecisionActor? by, CancellationToken cancellationToken) =>
        SaveAsync(current, change, reading => reading.InLineWith, by, cancellationToken);

    /// <summary>
    /// Brings the decision in line with the werkgroep whose fingerprint is <paramref name="fingerprint"/>: applies
    /// <paramref name="change"/> (computed from that project) and saves the result with the fingerprint on it, so a
    /// later click that finds the werkgroep unchanged can skip reading the project. Writes when the content changed
    /// or the decision did not carry this fingerprint yet; on a 412 it reads again and applies the change again.
    /// A new version goes into the audit trail as the bot's (the werkgroep changed, nobody in particular changed the decision).
    /// </summary>
    public Task<DecisionSnapshot> BringInLineAsync(DecisionSnapshot current, string fingerprint, Func<GroupDecision, GroupDecision> change, CancellationToken cancellationToken) =>
        SaveAsync(current, change, _ => fingerprint, by: null, cancellationToken);

    /// <param name="inLineWith">The fingerprint the saved decision is in line with, given the reading the change was applied to.</param>
    private async Task<DecisionSnapshot> SaveAsync(DecisionSnapshot current, Func<GroupDecision, GroupDecision> change, Func<DecisionSnapshot, string?> inLineWith, DecisionActor? by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            var next = change(current.Decision);
            var fingerprint = inLineWith(current);
            if (ReferenceEquals(next, current.Decision) && fingerprint == current.InLineWith)
            {
                return current;
            }

            try
            {
                var (eTag, lastEvent) = await WriteDecisionAsync(current.Decision, current.DecisionETag, current.LastEvent, next, fingerprint, by,
                    by is null ? null : current.SaltOf(by.AadObjectId), cancellationToken);
                return current.With(next, eTag, fingerprint, lastEvent);
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                await Task.Delay(Random.Shared.Next(5, 20 * attempt), cancellationToken);

                // Decisions are never deleted, so the re-read finds it (under the same tenant, which never changes).
                current = await ReadAsync(new ProjectKey(current.Decision.TenantId, current.Decision.ProjectId), current.Decision.Id, by?.AadObjectId ?? current.Person, cancellationToken) ?? current;
            }
        }
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the latest version (null when there is none yet) and saves the result
    /// under the ETag read; on a 412 it re-reads and applies the change again. Returning the same instance writes nothing.
    /// A new decision, a new version or open/closed changed goes into the audit trail in the same transaction, as <paramref name="by"/>'s.
    /// </summary>
    /// <param name="inLineWith">The werkgroep fingerprint of the project the change took its voters (and composition) from; null: not known.</param>
    /// <returns>The decision as saved, or null when <paramref name="change"/> returned null or the decision belongs to another tenant.</returns>
    public async Task<GroupDecision?> UpdateDecisionAsync(ProjectKey project, GroupDecisionKind kind, Func<GroupDecision?, GroupDecision?> change, string? inLineWith, DecisionActor? by, CancellationToken cancellationToken)
    {
        var (tenantId, projectId) = project;
        ArgumentNullException.ThrowIfNull(change);
        var decisionRow = DecisionRow(GroupDecision.IdFor(kind));
        for (var attempt = 1; ; attempt++)
        {
            // The decision and the salt of whoever changes it, in one query.
            List<RowKeyRange> ranges = [RowKeyRange.Key(decisionRow)];
            if (by is not null)
            {
                ranges.Add(RowKeyRange.Key(SaltRow(by.AadObjectId)));
            }

            TableEntity? entity = null;
            byte[]? salt = null;
            await foreach (var row in _table.QueryRowsAsync(Partition(projectId), ranges, cancellationToken))
            {
                if (row.RowKey == decisionRow)
                {
                    entity = row;
                }
                else
                {
                    salt = ReadSalt(row);
                }
            }

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
                await WriteDecisionAsync(current, entity?.ETag, entity is null ? null : ReadLastEvent(entity), next, inLineWith, by, salt, cancellationToken);
                if (entity is null)
                {
                    // The reminder job finds every decision in this one partition instead of scanning the table.
                    await _table.UpsertAsync(new TableEntity(IndexPartition, $"{TableKeys.Encode(next.ProjectId)}{Separator}{next.Id}")
                    {
                        [nameof(GroupDecision.TenantId)] = next.TenantId,
                        [nameof(GroupDecision.ProjectId)] = next.ProjectId,
                    }, cancellationToken);
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
    /// Writes <paramref name="next"/> in place of <paramref name="before"/> (null: adds it): with its event in the audit
    /// trail, sealed into the decision's chain, when the version or open/closed changed, all in one transaction; else
    /// the decision alone, keeping the chain's head.
    /// </summary>
    /// <param name="salt">The salt of <paramref name="by"/> as read; null: she has none yet (it is added with the event).</param>
    /// <returns>The decision's new ETag and the head of its chain.</returns>
    private async Task<(Azure.ETag ETag, SealedEvent? LastEvent)> WriteDecisionAsync(
        GroupDecision? before, Azure.ETag? ifMatch, SealedEvent? lastEvent, GroupDecision next, string? inLineWith, DecisionActor? by, byte[]? salt, CancellationToken cancellationToken)
    {
        if (DecisionEvent.Between(before, next, by) is not { } change)
        {
            var entity = ToEntity(next, inLineWith, lastEvent);
            return (ifMatch is { } eTag ? await _table.UpdateAsync(entity, eTag, cancellationToken) : await _table.AddAsync(entity, cancellationToken), lastEvent);
        }

        var partition = Partition(next.ProjectId);
        var newSalt = change.BySystem || salt is not null ? null : AuditChain.NewSalt();
        var seal = AuditChain.Next(next.ProjectId, change, lastEvent?.Seal, change.BySystem ? null : salt ?? newSalt);
        var head = new SealedEvent(change, seal);
        var decision = ToEntity(next, inLineWith, head);
        List<TableTransactionAction> actions =
        [
            ifMatch is { } read
                ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, decision, read)
                : new TableTransactionAction(TableTransactionActionType.Add, decision),
            new TableTransactionAction(TableTransactionActionType.Add, ToEntity(partition, EventRow(next.Id, seal), change, seal, prefix: string.Empty)),
        ];
        if (newSalt is not null)
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, SaltRow(change.ByAadObjectId)) { [SaltProperty] = newSalt }));
        }

        return ((await _table.SubmitTransactionAsync(actions, cancellationToken))[0], head);
    }

    /// <summary>
    /// Keeps <paramref name="response"/> as the member's current answer and adds it to the audit trail, sealed into her
    /// chain, in one transaction. The same answer to the same version again (a Teams retry, a double click) changes
    /// nothing. Reads her response row and salt first (one query): for callers without a reading (invitations).
    /// </summary>
    /// <returns>True when the response was new; false when it was already recorded.</returns>
    public async Task<bool> RecordAsync(string projectId, ApprovalResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        return await RecordAsync(projectId, response, await ReadMemberAsync(projectId, response, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// As <see cref="RecordAsync(string, ApprovalResponse, CancellationToken)"/>, going by the member's response, chain
    /// head and salt in <paramref name="current"/>: the same answer again writes nothing, a first answer is added and
    /// a changed one replaces the row under the ETag read. One request, also when all 60 members of a card click at
    /// once (each writes her own rows); a row someone else wrote since the reading is read again and compared.
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

        // A response without its ETag (the reading was changed after it was read) is read again before writing.
        var eTag = mine is null ? null : current.ETagOf(response.AadObjectId);
        var member = mine is not null && eTag is null
            ? null
            : new MemberRows(mine, eTag, current.HeadOf(response.AadObjectId), current.SaltOf(response.AadObjectId));
        return RecordAsync(current.Decision.ProjectId, response, member, cancellationToken);
    }

    /// <param name="member">Her rows as read; null: read them first.</param>
    private async Task<bool> RecordAsync(string projectId, ApprovalResponse response, MemberRows? member, CancellationToken cancellationToken)
    {
        var partition = Partition(projectId);
        for (var attempt = 1; ; attempt++)
        {
            member ??= await ReadMemberAsync(projectId, response, cancellationToken);
            if (member.Current is not null && member.Current.SameAs(response))
            {
                return false;
            }

            // A person's first audit row in the project brings her salt, in the same transaction (see AuditChain).
            var salt = member.Salt ?? AuditChain.NewSalt();
            var seal = AuditChain.Next(projectId, response, member.Head, salt);
            var current = ToEntity(partition, ResponseRow(response.DecisionId, response.AadObjectId), response, seal);
            List<TableTransactionAction> actions =
            [
                member.Current is not null
                    ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, current, member.ETag ?? Azure.ETag.All)
                    : new TableTransactionAction(TableTransactionActionType.Add, current),
                new TableTransactionAction(TableTransactionActionType.Add, ToEntity(partition, AuditRow(response), response, seal)),
            ];
            if (member.Salt is null)
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, SaltRow(response.AadObjectId)) { [SaltProperty] = salt }));
            }

            try
            {
                await _table.SubmitTransactionAsync(actions, cancellationToken);
                return true;
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                // An earlier answer or salt exists, or the member's other click (or Teams' retry) got there first: look at what it wrote.
                if (attempt > 1)
                {
                    await Task.Delay(Random.Shared.Next(5, 20 * attempt), cancellationToken);
                }

                member = null;
            }
        }
    }

    /// <summary>A member's current response row (with its ETag and chain head) and her salt, in one query.</summary>
    private async Task<MemberRows> ReadMemberAsync(string projectId, ApprovalResponse response, CancellationToken cancellationToken)
    {
        var saltRow = SaltRow(response.AadObjectId);
        TableEntity? row = null;
        byte[]? salt = null;
        await foreach (var entity in _table.QueryRowsAsync(Partition(projectId), [RowKeyRange.Key(ResponseRow(response.DecisionId, response.AadObjectId)), RowKeyRange.Key(saltRow)], cancellationToken))
        {
            if (entity.RowKey == saltRow)
            {
                salt = ReadSalt(entity);
            }
            else
            {
                row = entity;
            }
        }

        return row is null ? new MemberRows(null, null, null, salt) : new MemberRows(ReadResponse(row), row.ETag, ReadSeal(row, string.Empty), salt);
    }

    /// <summary>A member's rows as a write goes by them: her current response (ETag, chain head) and her salt.</summary>
    private sealed record MemberRows(ApprovalResponse? Current, Azure.ETag? ETag, AuditSeal? Head, byte[]? Salt);

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
        await foreach (var entity in _table.QueryRowPrefixAsync(Partition(projectId), $"{AuditPrefix}{decisionId}{Separator}", cancellationToken))
        {
            entries.Add(ReadResponse(entity));
        }

        return entries;
    }

    /// <summary>
    /// The project's whole audit trail in one query: every audit row and every current-response row with their seals,
    /// every decision with the head of its chain and every decision event, and every person's salt: what the logboek
    /// shows and what verifying it needs.
    /// </summary>
    public async Task<AuditTrail> ReadTrailAsync(string projectId, CancellationToken cancellationToken)
    {
        var entries = new List<SealedResponse>();
        var heads = new List<SealedResponse>();
        var decisions = new List<DecisionHead>();
        var events = new List<SealedEvent>();
        var salts = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
        RowKeyRange[] ranges = [RowKeyRange.Prefix(AuditPrefix), RowKeyRange.Prefix($"d{Separator}"), RowKeyRange.Prefix(EventPrefix), RowKeyRange.Prefix($"k{Separator}"), RowKeyRange.Prefix($"r{Separator}")];
        await foreach (var entity in _table.QueryRowsAsync(Partition(projectId), ranges, cancellationToken))
        {
            switch (entity.RowKey[0])
            {
                case 'a':
                    entries.Add(new SealedResponse(ReadResponse(entity), ReadSeal(entity, string.Empty)));
                    break;
                case 'd':
                    decisions.Add(new DecisionHead(ReadDecision(entity), ReadLastEvent(entity)));
                    break;
                case 'e':
                    events.Add(new SealedEvent(ReadEvent(entity, string.Empty), ReadSeal(entity, string.Empty)));
                    break;
                case 'k':
                    salts[TableKeys.Decode(entity.RowKey[2..])] = ReadSalt(entity)!;
                    break;
                default:
                    heads.Add(new SealedResponse(ReadResponse(entity), ReadSeal(entity, string.Empty)));
                    break;
            }
        }

        return new AuditTrail(projectId, entries, heads, decisions, events, salts);
    }

    /// <summary>Marks the project's werkgroep stamp as changing (see <see cref="WerkgroepAlignment"/>), whatever it held.</summary>
    /// <returns>The mark's ETag, for <see cref="ClearStampAsync"/>.</returns>
    public Task<Azure.ETag> MarkStampChangingAsync(string projectId, DateTimeOffset now, CancellationToken cancellationToken) =>
        _table.UpsertAsync(new TableEntity(Partition(projectId), StampRow) { [nameof(WerkgroepStamp.ChangingSince)] = now }, cancellationToken);

    /// <summary>Removes the mark after the change was saved, unless someone wrote the stamp since (then it is theirs to settle).</summary>
    public async Task ClearStampAsync(string projectId, Azure.ETag mark, CancellationToken cancellationToken)
    {
        try
        {
            await _table.DeleteAsync(Partition(projectId), StampRow, mark, cancellationToken);
        }
        catch (StorageConflictException)
        {
        }
    }

    /// <summary>
    /// Saves a stamp rebuilt from the project and its grants, provided the stamp is still as <paramref name="reading"/>
    /// read it (none, or an expired mark): a save that marked it meanwhile wins.
    /// </summary>
    /// <returns>False when someone wrote the stamp since.</returns>
    public async Task<bool> SaveStampAsync(DecisionSnapshot reading, WerkgroepStamp stamp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(stamp);
        var entity = new TableEntity(Partition(reading.Decision.ProjectId), StampRow);
        if (stamp.Fingerprint is not null)
        {
            entity[nameof(WerkgroepStamp.Fingerprint)] = stamp.Fingerprint;
        }

        if (stamp.Managers is not null)
        {
            entity[nameof(WerkgroepStamp.Managers)] = string.Join(Separator, stamp.Managers);
        }
        try
        {
            if (reading.StampETag is { } read)
            {
                await _table.UpdateAsync(entity, read, cancellationToken);
            }
            else
            {
                await _table.AddAsync(entity, cancellationToken);
            }

            return true;
        }
        catch (StorageConflictException)
        {
            return false;
        }
    }

    /// <summary>(tenant, project) of every project with a group decision, each once, for the reminder job.</summary>
    public async IAsyncEnumerable<(string TenantId, string ProjectId)> ListProjectsWithDecisionsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The index's RowKeys start with the project, so a project's decisions come one after another.
        string? last = null;
        await foreach (var entity in _table.QueryPartitionAsync(IndexPartition, cancellationToken))
        {
            var projectId = entity.GetString(nameof(GroupDecision.ProjectId)) ?? string.Empty;
            if (projectId != last)
            {
                last = projectId;
                yield return (entity.GetString(nameof(GroupDecision.TenantId)) ?? string.Empty, projectId);
            }
        }
    }

    /// <summary>
    /// Marks that <paramref name="aadObjectId"/> was reminded of this version; false when that happened already, so
    /// a member gets one reminder per version however often the job runs (or runs twice at once).
    /// </summary>
    public Task<bool> TryMarkRemindedAsync(string projectId, string decisionId, int version, string aadObjectId, DateTimeOffset at, CancellationToken cancellationToken) =>
        TryMarkRemindedAsync(projectId, decisionId, version.ToString(CultureInfo.InvariantCulture), aadObjectId, at, cancellationToken);

    /// <summary>
    /// Marks that <paramref name="key"/> (a person, a party) was reminded of <paramref name="subject"/> (a decision, the
    /// convenant) in <paramref name="period"/> (a version, a day, a week); false when that happened already.
    /// </summary>
    public Task<bool> TryMarkRemindedAsync(string projectId, string subject, string period, string key, DateTimeOffset at, CancellationToken cancellationToken) =>
        _table.TryAddAsync(new TableEntity(Partition(projectId), ReminderRow(subject, period, key)) { ["At"] = at }, cancellationToken);

    /// <summary>Takes back a mark whose reminder Teams did not take (busy, failing), so the next run or press sends it.</summary>
    public Task ForgetRemindedAsync(string projectId, string decisionId, int version, string aadObjectId, CancellationToken cancellationToken) =>
        ForgetRemindedAsync(projectId, decisionId, version.ToString(CultureInfo.InvariantCulture), aadObjectId, cancellationToken);

    /// <inheritdoc cref="ForgetRemindedAsync(string, string, int, string, CancellationToken)"/>
    public Task ForgetRemindedAsync(string projectId, string subject, string period, string key, CancellationToken cancellationToken) =>
        _table.DeleteAsync(Partition(projectId), ReminderRow(subject, period, key), Azure.ETag.All, cancellationToken);

    private static string ReminderRow(string subject, string period, string key) =>
        $"m{Separator}{TableKeys.Encode(subject)}{Separator}{TableKeys.Encode(period)}{Separator}{TableKeys.Encode(key.ToLowerInvariant())}";

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

    internal const string RemindPartition = "~remind";

    // "~" followed by lower-case letters is never produced by TableKeys.Encode (it escapes as ~XX, upper-case hex),
    // so no project partition can be named like this.
    internal const string IndexPartition = "~decisions";

    internal static string Partition(string projectId) => TableKeys.Encode(projectId);

    private static string DecisionRow(string decisionId) => $"d{Separator}{decisionId}";

    private static string ResponsePrefix(string decisionId) => $"r{Separator}{decisionId}{Separator}";

    internal const string AuditPrefix = "a|";

    internal const string EventPrefix = "e|";

    /// <summary>On the decision entity, the fields of its last event (the head of its chain) start with this.</summary>
    private const string LastEventPrefix = "Event";

    // By place in the chain, so the trail of a decision reads in order; the chain's id after it keeps a chain begun
    // afresh (its head was lost) from colliding with the rows of the old one.
    private static string EventRow(string decisionId, AuditSeal seal) =>
        $"{EventPrefix}{decisionId}{Separator}{seal.Seq.ToString("D8", CultureInfo.InvariantCulture)}{Separator}{seal.Chain}";

    private const string SaltProperty = "Salt";

    internal static string SaltRow(string aadObjectId) => $"k{Separator}{TableKeys.Encode(aadObjectId.ToLowerInvariant())}";

    internal static string ResponseRow(string decisionId, string aadObjectId) =>
        $"{ResponsePrefix(decisionId)}{TableKeys.Encode(aadObjectId.ToLowerInvariant())}";

    // Ticks with fixed width sort in time order, so the audit query returns the trail oldest first.
    internal static string AuditRow(ApprovalResponse response) =>
        $"{AuditPrefix}{response.DecisionId}{Separator}{response.At.UtcTicks.ToString("D19", CultureInfo.InvariantCulture)}{Separator}{TableKeys.Encode(response.AadObjectId.ToLowerInvariant())}";

    // Every save that does not know the fingerprint leaves it off (replace drops it), so the next click reads the project.
    internal static TableEntity ToEntity(GroupDecision decision, string? inLineWith, SealedEvent? lastEvent)
    {
        var entity = new TableEntity(Partition(decision.ProjectId), DecisionRow(decision.Id))
        {
            [nameof(GroupDecision.TenantId)] = decision.TenantId,
        };
        if (inLineWith is not null)
        {
            entity[InLineWithProperty] = inLineWith;
        }

        if (lastEvent is { Seal: { } seal })
        {
            Write(entity, lastEvent.Event, seal, LastEventPrefix);
        }

        JsonChunks.Write(entity, JsonSerializer.Serialize(decision, FormationJson.Options));
        return entity;
    }

    internal static SealedEvent? ReadLastEvent(TableEntity entity) =>
        ReadSeal(entity, LastEventPrefix) is { } seal ? new SealedEvent(ReadEvent(entity, LastEventPrefix), seal) : null;

    internal static TableEntity ToEntity(string partition, string row, DecisionEvent change, AuditSeal seal, string prefix)
    {
        var entity = new TableEntity(partition, row);
        Write(entity, change, seal, prefix);
        return entity;
    }

    /// <summary>An event's fields with their seal, each name after <paramref name="prefix"/> (on the decision row: "Event").</summary>
    private static void Write(TableEntity entity, DecisionEvent change, AuditSeal seal, string prefix)
    {
        entity[prefix + nameof(DecisionEvent.DecisionId)] = change.DecisionId;
        entity[prefix + nameof(DecisionEvent.Kind)] = change.Kind.ToString();
        entity[prefix + nameof(DecisionEvent.Version)] = change.Version;
        entity[prefix + nameof(DecisionEvent.Closed)] = change.Closed;
        entity[prefix + nameof(DecisionEvent.ByAadObjectId)] = change.ByAadObjectId;
        entity[prefix + nameof(DecisionEvent.ByName)] = change.ByName;
        entity[prefix + nameof(DecisionEvent.At)] = change.At;
        Write(entity, seal, prefix);
    }

    internal static DecisionEvent ReadEvent(TableEntity entity, string prefix) => new(
        entity.GetString(prefix + nameof(DecisionEvent.DecisionId)) ?? string.Empty,
        Enum.TryParse<DecisionEventKind>(entity.GetString(prefix + nameof(DecisionEvent.Kind)), out var kind) ? kind : DecisionEventKind.Versioned,
        entity.GetInt32(prefix + nameof(DecisionEvent.Version)) ?? 0,
        entity.GetBoolean(prefix + nameof(DecisionEvent.Closed)) ?? false,
        entity.GetString(prefix + nameof(DecisionEvent.ByAadObjectId)) ?? string.Empty,
        entity.GetString(prefix + nameof(DecisionEvent.ByName)) ?? string.Empty,
        entity.GetDateTimeOffset(prefix + nameof(DecisionEvent.At)) ?? DateTimeOffset.MinValue);

    internal static GroupDecision ReadDecision(TableEntity entity) =>
        JsonSerializer.Deserialize<GroupDecision>(JsonChunks.Read(entity, TableName), FormationJson.Options)
        ?? throw new InvalidOperationException($"Decision entity (PartitionKey '{entity.PartitionKey}', RowKey '{entity.RowKey}') in table {TableName} holds no decision.");

    internal static TableEntity ToEntity(string partition, string row, ApprovalResponse response, AuditSeal? seal)
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

        if (seal is null)
        {
            return entity; // a row from before audit chains, moved by erasure
        }

        Write(entity, seal, string.Empty);
        return entity;
    }

    private static void Write(TableEntity entity, AuditSeal seal, string prefix)
    {
        entity[prefix + nameof(AuditSeal.Chain)] = seal.Chain;
        entity[prefix + nameof(AuditSeal.Seq)] = seal.Seq;
        entity[prefix + nameof(AuditSeal.Previous)] = seal.Previous;
        entity[prefix + nameof(AuditSeal.PersonalDigest)] = seal.PersonalDigest;
        entity[prefix + nameof(AuditSeal.Hash)] = seal.Hash;
    }

    /// <returns>The row's seal; null for a row written before audit chains existed.</returns>
    internal static AuditSeal? ReadSeal(TableEntity entity, string prefix) =>
        entity.GetString(prefix + nameof(AuditSeal.Hash)) is { } hash
            ? new AuditSeal(
                entity.GetString(prefix + nameof(AuditSeal.Chain)) ?? string.Empty,
                entity.GetInt32(prefix + nameof(AuditSeal.Seq)) ?? 0,
                entity.GetString(prefix + nameof(AuditSeal.Previous)) ?? string.Empty,
                entity.GetString(prefix + nameof(AuditSeal.PersonalDigest)) ?? string.Empty,
                hash)
            : null;

    internal static byte[]? ReadSalt(TableEntity entity) => entity.RowKey.StartsWith("k|", StringComparison.Ordinal) ? entity.GetBinary(SaltProperty) : null;

    private static WerkgroepStamp ReadStamp(TableEntity entity) => new(
        entity.GetString(nameof(WerkgroepStamp.Fingerprint)),
        entity.GetString(nameof(WerkgroepStamp.Managers)) is { } managers ? managers.Split(Separator, StringSplitOptions.RemoveEmptyEntries) : null,
        entity.GetDateTimeOffset(nameof(WerkgroepStamp.ChangingSince)));

    internal static ApprovalResponse ReadResponse(TableEntity entity) => new(
        entity.GetString(nameof(ApprovalResponse.DecisionId)) ?? string.Empty,
        entity.GetInt32(nameof(ApprovalResponse.Version)) ?? 0,
        entity.GetString(nameof(ApprovalResponse.AadObjectId)) ?? string.Empty,
        entity.GetString(nameof(ApprovalResponse.DisplayName)) ?? string.Empty,
        Enum.TryParse<ApprovalAnswer>(entity.GetString(nameof(ApprovalResponse.Answer)), out var answer) ? answer : ApprovalAnswer.Object,
        entity.GetString(nameof(ApprovalResponse.Comment)),
        entity.GetDateTimeOffset(nameof(ApprovalResponse.At)) ?? DateTimeOffset.MinValue);
}
