using Kvu.Bot.Formation;
using Kvu.Bot.Storage;
using Kvu.Bot.Storage.PersonalData;

namespace Kvu.Bot.Approvals;

/// <summary>
/// The personal data in the Approvals table (see <see cref="ApprovalStore"/> and <see cref="InvitationStore"/> for the
/// rows): per project the voters and the composition of each decision, every member's current response and audit
/// trail, her salt, reminder marks, invitations and who manages the project (the stamp); per tenant where invitations
/// reach a person and the index of her invitations.
///
/// <para>Erasure keeps the audit trail whole (<see cref="AuditChain"/>): each of her response and audit rows gets
/// <see cref="ErasedPerson.Name"/> as name, an id that says nothing about her as AAD object id and no comment, keeps its
/// seal, and moves to a RowKey without her AAD object id; her salt goes last. The id is the one the erasure gives her in
/// the project (<see cref="PersonErasure.PseudonymIn"/>, made from her seat), the same the project gets, so who is
/// asked, the tally and the decision's version stay as they were; an answer from someone no longer asked gets an id
/// made from her chain. A decision, her current response and her audit rows on it move in one transaction (100 rows at most at a
/// time), under the ETags read; on a conflict the partition is read again and the rest erased, and a chain erased
/// halfway keeps the id its erased rows already have.</para>
/// </summary>
public sealed class ApprovalsPersonalData(TableServiceClient serviceClient) : IPersonalDataHolder
{
    private const char Separator = '|';
    private const int MaxAttempts = 8;

    private readonly GuardedTable _table = new(serviceClient, KvuTables.Approvals);

    public IReadOnlyList<string> Tables { get; } = [KvuTables.Approvals];

    public int Rank => 0;

    public async IAsyncEnumerable<PersonMention> MentionsAsync(PersonalDataScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        foreach (var projectId in scope.ProjectIds)
        {
            foreach (var entity in await ReadPartitionAsync(projectId, cancellationToken))
            {
                foreach (var (name, aad) in People(entity))
                {
                    yield return new PersonMention(projectId, name, aad, null);
                }
            }

            await foreach (var request in _table.QueryRowPrefixAsync(ApprovalStore.RemindPartition, ProjectPrefix(projectId), cancellationToken))
            {
                yield return new PersonMention(projectId, null, request.GetString(nameof(ReminderRequest.RequestedBy)), null);
            }
        }

        if (!scope.WholeTenant)
        {
            yield break;
        }

        await foreach (var reach in _table.QueryPartitionAsync(InvitationStore.ReachPartition(scope.TenantId), cancellationToken))
        {
            yield return new PersonMention(null, null, TableKeys.Decode(reach.RowKey), null, reach.GetString("ConversationId"));
        }

        await foreach (var entry in _table.QueryPartitionPrefixAsync(InviteePrefix(scope.TenantId), cancellationToken))
        {
            yield return new PersonMention(ProjectOf(entry.RowKey), null, TableKeys.Decode(entry.PartitionKey[InviteePrefix(scope.TenantId).Length..]), null);
        }
    }

    public async IAsyncEnumerable<PersonalRecord> ExportAsync(DataSubject subject, PersonalDataScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(scope);
        foreach (var projectId in scope.ProjectIds)
        {
            foreach (var entity in await ReadPartitionAsync(projectId, cancellationToken))
            {
                if (Export(entity, subject) is { } record)
                {
                    yield return record;
                }
            }

            await foreach (var request in _table.QueryRowPrefixAsync(ApprovalStore.RemindPartition, ProjectPrefix(projectId), cancellationToken))
            {
                if (subject.HasAadObjectId(request.GetString(nameof(ReminderRequest.RequestedBy))))
                {
                    yield return Record(request, "reminderRequest", new JsonObject
                    {
                        ["projectId"] = projectId,
                        ["kind"] = request.GetString(nameof(ReminderRequest.Kind)),
                        ["at"] = request.GetDateTimeOffset(nameof(ReminderRequest.At)),
                    });
                }
            }
        }

        if (!scope.WholeTenant)
        {
            yield break;
        }

        await foreach (var reach in _table.QueryPartitionAsync(InvitationStore.ReachPartition(scope.TenantId), cancellationToken))
        {
            if (subject.HasAadObjectId(TableKeys.Decode(reach.RowKey)))
            {
                yield return Record(reach, "reach", new JsonObject { ["conversationId"] = reach.GetString("ConversationId") });
            }
        }

        foreach (var aad in subject.AadObjectIds)
        {
            await foreach (var entry in _table.QueryPartitionAsync(InvitationStore.InviteePartition(scope.TenantId, aad), cancellationToken))
            {
                yield return Record(entry, "invitationIndex", new JsonObject { ["projectId"] = ProjectOf(entry.RowKey), ["memberId"] = entry.RowKey.Split(Separator, 2)[^1] });
            }
        }
    }

    public async Task<int> EraseAsync(PersonErasure erasure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        var subject = erasure.Subject;
        var changed = 0;
        foreach (var projectId in erasure.Scope.ProjectIds)
        {
            changed += await EraseProjectAsync(projectId, subject, erasure.PseudonymIn(projectId), cancellationToken);

            await foreach (var request in _table.QueryRowPrefixAsync(ApprovalStore.RemindPartition, ProjectPrefix(projectId), cancellationToken))
            {
                if (subject.HasAadObjectId(request.GetString(nameof(ReminderRequest.RequestedBy))))
                {
                    request[nameof(ReminderRequest.RequestedBy)] = ErasedPerson.Name;
                    changed += await TryUpdateAsync(request, cancellationToken) ? 1 : 0;
                }
            }

            foreach (var aad in subject.AadObjectIds)
            {
                var index = new List<TableEntity>();
                await foreach (var entry in _table.QueryRowPrefixAsync(InvitationStore.InviteePartition(erasure.Scope.TenantId, aad), ProjectPrefix(projectId), cancellationToken))
                {
                    index.Add(entry);
                }

                changed += await _table.DeleteEntitiesAsync(index, cancellationToken);
            }
        }

        if (erasure.Scope.WholeTenant)
        {
            foreach (var aad in subject.AadObjectIds)
            {
                changed += await _table.DeleteAsync(InvitationStore.ReachPartition(erasure.Scope.TenantId), TableKeys.Encode(aad.ToLowerInvariant()), Azure.ETag.All, cancellationToken) ? 1 : 0;
                var index = new List<TableEntity>();
                await foreach (var entry in _table.QueryPartitionAsync(InvitationStore.InviteePartition(erasure.Scope.TenantId, aad), cancellationToken))
                {
                    index.Add(entry);
                }

                changed += await _table.DeleteEntitiesAsync(index, cancellationToken);
            }
        }

        return changed;
    }

    public async Task<int> DeleteProjectAsync(string tenantId, string projectId, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>(await ReadPartitionAsync(projectId, cancellationToken));
        var prefix = ProjectPrefix(projectId);
        await foreach (var entity in _table.QueryRowPrefixAsync(ApprovalStore.IndexPartition, prefix, cancellationToken))
        {
            rows.Add(entity);
        }

        await foreach (var entity in _table.QueryRowPrefixAsync(ApprovalStore.RemindPartition, prefix, cancellationToken))
        {
            rows.Add(entity);
        }

        var invitees = InviteePrefix(tenantId);
        await foreach (var entity in _table.QueryPartitionRangeAsync(invitees, invitees + '\uffff', prefix, prefix + '\uffff', cancellationToken))
        {
            rows.Add(entity);
        }

        // The team's projects (team|{tenant}|{team}, RowKey the project): a range of partitions, this project's rows only.
        var teams = InvitationStore.TeamPartition(tenantId, string.Empty);
        var key = ApprovalStore.Partition(projectId);
        await foreach (var entity in _table.QueryPartitionRangeAsync(teams, teams + '\uffff', key, key + Separator, cancellationToken))
        {
            if (entity.RowKey == key)
            {
                rows.Add(entity);
            }
        }

        return await _table.DeleteEntitiesAsync(rows, cancellationToken);
    }

    /// <summary>Erases her from one project's partition; on a conflict the partition is read again and what is left erased.</summary>
    private async Task<int> EraseProjectAsync(string projectId, DataSubject subject, string? pseudonym, CancellationToken cancellationToken)
    {
        var changed = 0;
        for (var attempt = 1; ; attempt++)
        {
            var rows = await ReadPartitionAsync(projectId, cancellationToken);
            try
            {
                changed += await EraseDecisionsAsync(projectId, rows, subject, pseudonym, cancellationToken);
                changed += await EraseFromCommentsAsync(projectId, rows, subject, cancellationToken);
                changed += await EraseRestAsync(rows, subject, cancellationToken);
                return changed;
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                // A member answered, or the decision changed, while we erased: read what is there now.
                await Task.Delay(Random.Shared.Next(5, 20 * attempt), cancellationToken);
            }
        }
    }

    /// <summary>Each decision with her response and audit rows on it, in one transaction (or several of at most 100 operations).</summary>
    /// <param name="pseudonym">Her id in the project (see <see cref="PersonErasure"/>); a decision that still asks her although the project no longer does gets one of its own.</param>
    private async Task<int> EraseDecisionsAsync(string projectId, IReadOnlyList<TableEntity> rows, DataSubject subject, string? pseudonym, CancellationToken cancellationToken)
    {
        var partition = ApprovalStore.Partition(projectId);
        var answers = rows.Where(r => r.RowKey.StartsWith("r|", StringComparison.Ordinal) || r.RowKey.StartsWith(ApprovalStore.AuditPrefix, StringComparison.Ordinal))
            .Select(r => (Entity: r, Response: ApprovalStore.ReadResponse(r), Seal: ApprovalStore.ReadSeal(r, string.Empty)))
            .ToList();

        // A chain erased halfway before (a crash, a conflict) keeps the id its erased rows already carry.
        var erasedChains = answers.Where(a => a.Seal is not null && ErasedPerson.IsId(a.Response.AadObjectId))
            .GroupBy(a => a.Seal!.Chain, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Response.AadObjectId, StringComparer.Ordinal);

        var changed = 0;
        var decisions = rows.Where(r => r.RowKey.StartsWith("d|", StringComparison.Ordinal)).ToDictionary(r => ApprovalStore.ReadDecision(r).Id, StringComparer.Ordinal);

        // Every decision, and every other thing she answered (an invitation's answers are kept as responses without a decision row).
        foreach (var decisionId in decisions.Keys.Concat(answers.Where(a => subject.HasAadObjectId(a.Response.AadObjectId)).Select(a => a.Response.DecisionId)).Distinct(StringComparer.Ordinal).ToList())
        {
            var entity = decisions.GetValueOrDefault(decisionId);
            var decision = entity is null ? null : ApprovalStore.ReadDecision(entity);
            var seats = (decision?.Voters ?? []).Where(v => subject.HasAadObjectId(v.AadObjectId))
                .ToDictionary(v => v.AadObjectId, v => pseudonym ?? ErasedPerson.IdFor($"{v.MemberId}.{Guid.NewGuid():N}"[..(v.MemberId.Length + 7)]), StringComparer.OrdinalIgnoreCase);
            TableTransactionAction? update = null;
            var lastEvent = entity is null ? null : ApprovalStore.ReadLastEvent(entity);
            var erasedEvent = lastEvent is not null && subject.HasAadObjectId(lastEvent.Event.ByAadObjectId) ? lastEvent with { Event = Erase(lastEvent.Event) } : lastEvent;
            if (decision is not null && entity is not null && (Erase(decision, seats, subject) ?? (erasedEvent != lastEvent ? decision : null)) is { } erased)
            {
                // Written as is, with the fingerprint it was in line with: the project's erasure follows and brings
                // the stamp up to date; until then a click finds the decision in line and reads nothing else.
                update = new TableTransactionAction(TableTransactionActionType.UpdateReplace,
                    ApprovalStore.ToEntity(erased, entity.GetString(ApprovalStore.InLineWithProperty), erasedEvent), entity.ETag);
            }

            // Her current response first, so that its move shares the transaction with the decision whenever it can.
            var moves = new List<(TableTransactionAction Add, TableTransactionAction Delete)>();
            foreach (var (row, response, seal) in answers
                .Where(a => a.Response.DecisionId == decisionId && subject.HasAadObjectId(a.Response.AadObjectId))
                .OrderBy(a => a.Entity.RowKey.StartsWith(ApprovalStore.AuditPrefix, StringComparison.Ordinal)))
            {
                var id = seats.GetValueOrDefault(response.AadObjectId)
                    ?? (seal is not null && erasedChains.TryGetValue(seal.Chain, out var earlier) ? earlier : null)
                    ?? ErasedPerson.IdFor(seal is null ? $"r{Guid.NewGuid():N}"[..9] : $"c{seal.Chain[..Math.Min(8, seal.Chain.Length)]}");
                if (seal is not null)
                {
                    erasedChains[seal.Chain] = id;
                }

                var moved = response with { AadObjectId = id, DisplayName = ErasedPerson.Name, Comment = null };
                var newRow = row.RowKey.StartsWith(ApprovalStore.AuditPrefix, StringComparison.Ordinal)
                    ? ApprovalStore.AuditRow(moved)
                    : ApprovalStore.ResponseRow(moved.DecisionId, moved.AadObjectId);
                moves.Add((new TableTransactionAction(TableTransactionActionType.Add, ApprovalStore.ToEntity(partition, newRow, moved, seal)),
                    new TableTransactionAction(TableTransactionActionType.Delete, row, row.ETag)));
            }

            // A move's add and delete always share a transaction; Azure takes at most 100 operations in one.
            var batch = new List<TableTransactionAction>();
            if (update is not null)
            {
                batch.Add(update);
                changed++;
            }

            foreach (var (add, delete) in moves)
            {
                if (batch.Count + 2 > TableLimits.MaxTransactionOperations)
                {
                    await _table.SubmitTransactionAsync(batch, cancellationToken);
                    batch = [];
                }

                batch.Add(add);
                batch.Add(delete);
                changed++;
            }

            if (batch.Count > 0)
            {
                await _table.SubmitTransactionAsync(batch, cancellationToken);
            }
        }

        return changed;
    }

    /// <summary>A change to a decision she made, with who made it erased; its seal stays (the chain accepts erased fields).</summary>
    private static DecisionEvent Erase(DecisionEvent change) => change with { ByAadObjectId = ErasedPerson.Name, ByName = ErasedPerson.Name };

    /// <summary>The decision with her seat's voter, her start of it and her names in its items erased; null when it does not name her.</summary>
    private static GroupDecision? Erase(GroupDecision decision, IReadOnlyDictionary<string, string> seats, DataSubject subject)
    {
        var erased = decision with
        {
            Voters = [.. decision.Voters.Select(v => seats.TryGetValue(v.AadObjectId, out var id) ? v with { AadObjectId = id, DisplayName = ErasedPerson.Name } : v)],
            StartedBy = subject.HasAadObjectId(decision.StartedBy) ? ErasedPerson.Name : decision.StartedBy,
            Items = [.. decision.Items.Select(subject.Scrub)],
        };
        return seats.Count > 0 || erased.StartedBy != decision.StartedBy || !erased.Items.SequenceEqual(decision.Items) ? erased : null;
    }

    /// <summary>
    /// Other members' answers whose comment names her (an accepted invitation names the plaatsvervanger, an objection
    /// may name anyone): her names go, and the row and the rest of its chain (with the chain's head, the member's
    /// current response) are sealed again under the member's salt, one chain per transaction.
    /// </summary>
    private async Task<int> EraseFromCommentsAsync(string projectId, IReadOnlyList<TableEntity> rows, DataSubject subject, CancellationToken cancellationToken)
    {
        var salts = rows.Where(r => r.RowKey.StartsWith("k|", StringComparison.Ordinal))
            .ToDictionary(r => TableKeys.Decode(r.RowKey[2..]), r => ApprovalStore.ReadSalt(r), StringComparer.OrdinalIgnoreCase);
        var others = rows.Where(r => r.RowKey.StartsWith("r|", StringComparison.Ordinal) || r.RowKey.StartsWith(ApprovalStore.AuditPrefix, StringComparison.Ordinal))
            .Select(r => (Entity: r, Response: ApprovalStore.ReadResponse(r), Seal: ApprovalStore.ReadSeal(r, string.Empty)))
            .Where(a => !subject.HasAadObjectId(a.Response.AadObjectId))
            .ToList();
        var changed = 0;

        // Rows from before audit chains: nothing to seal again.
        foreach (var (row, response, _) in others.Where(a => a.Seal is null && subject.IsMentionedIn(a.Response.Comment)))
        {
            var partition = ApprovalStore.Partition(projectId);
            await _table.UpdateAsync(ApprovalStore.ToEntity(partition, row.RowKey, response with { Comment = subject.Scrub(response.Comment!) }, null), row.ETag, cancellationToken);
            changed++;
        }

        foreach (var chain in others.Where(a => a.Seal is not null).GroupBy(a => a.Seal!.Chain, StringComparer.Ordinal))
        {
            var trail = chain.Where(a => a.Entity.RowKey.StartsWith(ApprovalStore.AuditPrefix, StringComparison.Ordinal)).OrderBy(a => a.Seal!.Seq).ToList();
            var first = trail.FindIndex(a => subject.IsMentionedIn(a.Response.Comment));
            if (first < 0)
            {
                continue;
            }

            var partition = ApprovalStore.Partition(projectId);
            var previous = first == 0 ? trail[0].Seal!.Previous : trail[first - 1].Seal!.Hash;
            var actions = new List<TableTransactionAction>();
            AuditSeal? last = null;
            ApprovalResponse Scrubbed(ApprovalResponse response) => response.Comment is { } comment ? response with { Comment = subject.Scrub(comment) } : response;
            foreach (var (row, response, seal) in trail.Skip(first))
            {
                var scrubbed = Scrubbed(response);
                last = AuditChain.Reseal(projectId, scrubbed, seal!, previous, salts.GetValueOrDefault(response.AadObjectId));
                previous = last.Hash;
                actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, ApprovalStore.ToEntity(partition, row.RowKey, scrubbed, last), row.ETag));
            }

            foreach (var (row, response, _) in chain.Where(a => a.Entity.RowKey.StartsWith("r|", StringComparison.Ordinal)))
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, ApprovalStore.ToEntity(partition, row.RowKey, Scrubbed(response), last), row.ETag));
            }

            foreach (var chunk in actions.Chunk(TableLimits.MaxTransactionOperations))
            {
                await _table.SubmitTransactionAsync(chunk, cancellationToken);
            }

            changed += actions.Count;
        }

        return changed;
    }

    /// <summary>Her salts and reminder marks go; invitations to her and the managers' stamp are rewritten under their ETags.</summary>
    private async Task<int> EraseRestAsync(IReadOnlyList<TableEntity> rows, DataSubject subject, CancellationToken cancellationToken)
    {
        var actions = new List<TableTransactionAction>();
        foreach (var entity in rows)
        {
            var kind = entity.RowKey.Split(Separator)[0];
            if ((kind == "k" || kind == "m") && subject.HasAadObjectId(TableKeys.Decode(entity.RowKey.Split(Separator)[^1])))
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, entity, entity.ETag));
            }
            else if (kind + Separator == ApprovalStore.EventPrefix && ApprovalStore.ReadSeal(entity, string.Empty) is { } seal
                && ApprovalStore.ReadEvent(entity, string.Empty) is var change && subject.HasAadObjectId(change.ByAadObjectId))
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace,
                    ApprovalStore.ToEntity(entity.PartitionKey, entity.RowKey, Erase(change), seal, string.Empty), entity.ETag));
            }
            else if (kind == "i" && InvitationStore.Read(entity) is { } invitation)
            {
                var erased = subject.HasAadObjectId(invitation.InviteeAadObjectId)
                    ? invitation with { InviteeAadObjectId = ErasedPerson.IdFor(invitation.MemberId), InviteeName = ErasedPerson.Name, Reason = null }
                    : invitation;
                erased = erased with
                {
                    InvitedBy = subject.HasName(erased.InvitedBy) ? ErasedPerson.Name : erased.InvitedBy,
                    ReportTo = subject.HasConversation(erased.ReportTo) ? string.Empty : erased.ReportTo,
                    Reason = erased.Reason is { } reason ? subject.Scrub(reason) : null,
                };
                if (erased != invitation)
                {
                    entity[InvitationStore.JsonProperty] = JsonSerializer.Serialize(erased, FormationJson.Options);
                    actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, entity.ETag));
                }
            }
            else if (entity.RowKey == ApprovalStore.StampRow && entity.GetString(nameof(WerkgroepStamp.Managers)) is { } managers
                && managers.Split(Separator).Any(subject.HasAadObjectId))
            {
                entity[nameof(WerkgroepStamp.Managers)] = string.Join(Separator, managers.Split(Separator).Where(m => !subject.HasAadObjectId(m)));
                actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, entity.ETag));
            }
        }

        // Salts last: until her rows are moved, the trail can still check them.
        foreach (var chunk in actions.OrderBy(a => a.Entity.RowKey.StartsWith("k|", StringComparison.Ordinal)).Chunk(TableLimits.MaxTransactionOperations))
        {
            await _table.SubmitTransactionAsync(chunk, cancellationToken);
        }

        return actions.Count;
    }

    /// <summary>The person (name, AAD object id) each row of a project's partition names.</summary>
    private static IEnumerable<(string? Name, string? AadObjectId)> People(TableEntity entity)
    {
        var kind = entity.RowKey.Split(Separator)[0];
        switch (kind)
        {
            case "d":
                var decision = ApprovalStore.ReadDecision(entity);
                foreach (var voter in decision.Voters)
                {
                    yield return (voter.DisplayName, voter.AadObjectId);
                }

                yield return (null, decision.StartedBy);
                if (ApprovalStore.ReadLastEvent(entity) is { } last)
                {
                    yield return (last.Event.ByName, last.Event.ByAadObjectId);
                }

                break;
            case "e":
                var change = ApprovalStore.ReadEvent(entity, string.Empty);
                yield return (change.ByName, change.ByAadObjectId);
                break;
            case "r" or "a":
                var response = ApprovalStore.ReadResponse(entity);
                yield return (response.DisplayName, response.AadObjectId);
                break;
            case "i" when InvitationStore.Read(entity) is { } invitation:
                yield return (invitation.InviteeName, invitation.InviteeAadObjectId);
                yield return (invitation.InvitedBy, null);
                break;
            case "k":
                yield return (null, TableKeys.Decode(entity.RowKey[2..]));
                break;
            case "m" when !entity.RowKey.EndsWith(Separator + TableKeys.Encode("~digest"), StringComparison.Ordinal):
                yield return (null, TableKeys.Decode(entity.RowKey.Split(Separator)[^1]));
                break;
            case ApprovalStore.StampRow when entity.GetString(nameof(WerkgroepStamp.Managers)) is { } managers:
                foreach (var manager in managers.Split(Separator, StringSplitOptions.RemoveEmptyEntries))
                {
                    yield return (null, manager);
                }

                break;
        }
    }

    /// <summary>What one row of a project's partition keeps about her, without anyone else; null when the row is not about her.</summary>
    private static PersonalRecord? Export(TableEntity entity, DataSubject subject)
    {
        var kind = entity.RowKey.Split(Separator)[0];
        switch (kind)
        {
            case "d":
                var decision = ApprovalStore.ReadDecision(entity);
                var voter = decision.Voters.FirstOrDefault(v => subject.HasAadObjectId(v.AadObjectId));
                var started = subject.HasAadObjectId(decision.StartedBy);
                return voter is null && !started ? null : Record(entity, "decision", new JsonObject
                {
                    ["decisionId"] = decision.Id,
                    ["kind"] = decision.Kind.ToString(),
                    ["currentVersion"] = decision.Version,
                    ["closed"] = decision.Closed,
                    ["updatedAt"] = decision.UpdatedAt,
                    ["askedAs"] = voter is null ? null : new JsonObject { ["memberId"] = voter.MemberId, ["displayName"] = voter.DisplayName, ["aadObjectId"] = voter.AadObjectId },
                    ["startedByThisPerson"] = started,
                });
            case "r" or "a":
                var response = ApprovalStore.ReadResponse(entity);
                return !subject.HasAadObjectId(response.AadObjectId) ? null : Record(entity, kind == "r" ? "currentResponse" : "auditEntry", new JsonObject
                {
                    ["decisionId"] = response.DecisionId,
                    ["answeredVersion"] = response.Version,
                    ["displayName"] = response.DisplayName,
                    ["aadObjectId"] = response.AadObjectId,
                    ["answer"] = response.Answer.ToString(),
                    ["comment"] = response.Comment,
                    ["at"] = response.At,
                });
            case "e":
                var change = ApprovalStore.ReadEvent(entity, string.Empty);
                return !subject.HasAadObjectId(change.ByAadObjectId) ? null : Record(entity, "decisionChange", new JsonObject
                {
                    ["decisionId"] = change.DecisionId,
                    ["change"] = change.Kind.ToString(),
                    ["decisionVersion"] = change.Version,
                    ["byName"] = change.ByName,
                    ["byAadObjectId"] = change.ByAadObjectId,
                    ["at"] = change.At,
                });
            case "i" when InvitationStore.Read(entity) is { } invitation:
                if (subject.HasAadObjectId(invitation.InviteeAadObjectId))
                {
                    return Record(entity, "invitation", new JsonObject
                    {
                        ["projectName"] = invitation.ProjectName,
                        ["memberId"] = invitation.MemberId,
                        ["role"] = invitation.Role.ToString(),
                        ["organisation"] = invitation.Organisation,
                        ["inviteeName"] = invitation.InviteeName,
                        ["inviteeAadObjectId"] = invitation.InviteeAadObjectId,
                        ["invitedAt"] = invitation.InvitedAt,
                        ["status"] = invitation.Status.ToString(),
                        ["reason"] = invitation.Reason,
                    });
                }

                return subject.HasName(invitation.InvitedBy)
                    ? Record(entity, "invitationSent", new JsonObject { ["memberId"] = invitation.MemberId, ["role"] = invitation.Role.ToString(), ["invitedBy"] = invitation.InvitedBy, ["invitedAt"] = invitation.InvitedAt })
                    : null;
            case "k":
                return subject.HasAadObjectId(TableKeys.Decode(entity.RowKey[2..]))
                    ? Record(entity, "auditSalt", new JsonObject { ["purpose"] = "A random key for the keyed digest of this person's name, id and comments in the audit trail; erasure deletes it." })
                    : null;
            case "m":
                var parts = entity.RowKey.Split(Separator);
                return subject.HasAadObjectId(TableKeys.Decode(parts[^1]))
                    ? Record(entity, "reminderSent", new JsonObject { ["decisionId"] = parts[1], ["remindedOfVersion"] = parts[2], ["at"] = entity.GetDateTimeOffset("At") })
                    : null;
            case ApprovalStore.StampRow when entity.GetString(nameof(WerkgroepStamp.Managers)) is { } managers && managers.Split(Separator).Any(subject.HasAadObjectId):
                return Record(entity, "managesProject", new JsonObject { ["note"] = "A copy of the grant that lets this person manage the project." });
            default:
                return null;
        }
    }

    private async Task<bool> TryUpdateAsync(TableEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await _table.UpdateAsync(entity, entity.ETag, cancellationToken);
            return true;
        }
        catch (StorageConflictException)
        {
            return false; // handled: the request was done and removed meanwhile
        }
    }

    private async Task<IReadOnlyList<TableEntity>> ReadPartitionAsync(string projectId, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (var entity in _table.QueryPartitionAsync(ApprovalStore.Partition(projectId), cancellationToken))
        {
            rows.Add(entity);
        }

        return rows;
    }

    private static PersonalRecord Record(TableEntity entity, string kind, JsonObject fields) =>
        new(KvuTables.Approvals, entity.PartitionKey, entity.RowKey, kind, fields);

    private static string ProjectPrefix(string projectId) => ApprovalStore.Partition(projectId) + Separator;

    private static string ProjectOf(string rowKey) => TableKeys.Decode(rowKey.Split(Separator, 2)[0]);

    private static string InviteePrefix(string tenantId) => $"u{Separator}{TableKeys.Encode(tenantId)}{Separator}";
}
