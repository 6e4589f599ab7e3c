using Kvu.Bot.Formation;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Meetings;

/// <summary>
/// The meetings the bot created, kept with their project: one partition per project (tenant + project id), the
/// row key starts with the UTC start of the meeting as first planned. Graph event ids contain '/' and '+', which
/// Azure forbids in keys: TableKeys.Encode. A reschedule changes the row in place (under its ETag), so the
/// partition is sorted by Start in memory — a werkgroep has a handful of meetings, not thousands.
///
/// The partition "~due" indexes every meeting whose progress summary is still to be posted, by its UTC end
/// ("{end}|{partition}|{row}"), so the summary loop reads one partition up to now instead of scanning the table.
/// "~" followed by lower-case letters is never produced by TableKeys.Encode, so no project partition is named so.
/// </summary>
public sealed class MeetingStore(TableServiceClient serviceClient)
{
    public const string TableName = KvuTables.Meetings;

    private const string DuePartition = "~due";
    private const char Separator = '|';

    private readonly GuardedTable _table = new(serviceClient, TableName);

    public async Task SaveAsync(ProjectKey project, ScheduledMeeting meeting, CancellationToken cancellationToken)
    {
        var partition = Partition(project);
        var row = Row(meeting);
        await _table.UpsertAsync(ToEntity(partition, row, project, meeting), cancellationToken).ConfigureAwait(false);
        await _table.UpsertAsync(DueEntity(partition, row, project, meeting), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The meetings of the project that are planned (not cancelled, not an .ics still to be sent) and have not ended, earliest first.</summary>
    public async Task<IReadOnlyList<ScheduledMeeting>> UpcomingAsync(ProjectKey project, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var list = new List<ScheduledMeeting>();
        await foreach (var entity in _table.QueryPartitionAsync(Partition(project), cancellationToken).ConfigureAwait(false))
        {
            var meeting = FromEntity(entity);
            if (!meeting.Cancelled && !meeting.AwaitingSend && meeting.End > now)
            {
                list.Add(meeting);
            }
        }

        return [.. list.OrderBy(m => m.Start)];
    }

    /// <summary>Longest meeting assumed when a period's meetings are looked up by their start (the RowKey).</summary>
    public static readonly TimeSpan LongestMeeting = TimeSpan.FromDays(1);

    /// <summary>
    /// The meetings of all of a tenant's projects that start before <paramref name="startsBefore"/> and have not ended
    /// by <paramref name="endedAfter"/>, cancelled ones left out, by project id and earliest first: one query per
    /// 1,000 meetings (a project's partition is "{tenant}|{project}", so the tenant's partitions form one key range).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<ScheduledMeeting>>> ListTenantAsync(
        string tenantId, DateTimeOffset endedAfter, DateTimeOffset startsBefore, CancellationToken cancellationToken)
    {
        var prefix = TableKeys.Encode(tenantId + "|");
        var upper = prefix[..^1] + (char)(prefix[^1] + 1);
        var byProject = new Dictionary<string, List<ScheduledMeeting>>(StringComparer.Ordinal);
        await foreach (var entity in _table.QueryPartitionRangeAsync(prefix, upper, Stamp(endedAfter - LongestMeeting), Stamp(startsBefore), cancellationToken).ConfigureAwait(false))
        {
            var meeting = FromEntity(entity);
            if (!meeting.Cancelled && !meeting.AwaitingSend && meeting.End > endedAfter)
            {
                var projectId = entity.GetString(nameof(ProjectKey.ProjectId)) ?? string.Empty;
                (byProject.TryGetValue(projectId, out var list) ? list : byProject[projectId] = []).Add(meeting);
            }
        }

        return byProject.ToDictionary(p => p.Key, p => (IReadOnlyList<ScheduledMeeting>)[.. p.Value.OrderBy(m => m.Start)], StringComparer.Ordinal);
    }

    public async Task<ScheduledMeeting?> GetAsync(ProjectKey project, string eventId, CancellationToken cancellationToken)
    {
        await foreach (var entity in _table.QueryPartitionAsync(Partition(project), cancellationToken).ConfigureAwait(false))
        {
            if (entity.GetString(nameof(ScheduledMeeting.EventId)) == eventId)
            {
                return FromEntity(entity);
            }
        }

        return null;
    }

    /// <summary>
    /// Saves <paramref name="meeting"/> (read earlier, with its ETag) as changed; moves its "~due" index row when
    /// the end changed, drops it when the meeting is cancelled or summarised.
    /// </summary>
    /// <returns>The meeting as saved (new ETag), or null when someone else changed it first (412).</returns>
    public async Task<ScheduledMeeting?> UpdateAsync(ProjectKey project, ScheduledMeeting before, ScheduledMeeting after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var partition = Partition(project);
        var row = Row(before);
        ETag etag;
        try
        {
            etag = await _table.UpdateAsync(ToEntity(partition, row, project, after), before.ETag, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageConflictException)
        {
            return null;
        }

        var keepDue = !after.Cancelled && after.SummaryPostedAt is null && !after.SummaryDropped;
        if (before.End != after.End || !keepDue)
        {
            await _table.DeleteAsync(DuePartition, DueRow(partition, row, before.End), ETag.All, cancellationToken).ConfigureAwait(false);
        }

        if (keepDue && before.End != after.End)
        {
            await _table.UpsertAsync(DueEntity(partition, row, project, after), cancellationToken).ConfigureAwait(false);
        }

        return after with { ETag = etag };
    }

    /// <summary>(project, meeting) of every meeting that ended at or before <paramref name="now"/> and still waits for its summary.</summary>
    public async IAsyncEnumerable<(ProjectKey Project, ScheduledMeeting Meeting)> EndedWithoutSummaryAsync(
        DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var until = Stamp(now) + (char)(Separator + 1);
        var due = new List<TableEntity>();
        await foreach (var entry in _table.QueryPartitionAsync(DuePartition, cancellationToken).ConfigureAwait(false))
        {
            if (string.CompareOrdinal(entry.RowKey, until) >= 0)
            {
                break;
            }

            due.Add(entry);
        }

        foreach (var entry in due)
        {
            var parts = entry.RowKey.Split(Separator);
            var entity = await _table.GetAsync(parts[1], parts[2], cancellationToken).ConfigureAwait(false);
            if (entity is null)
            {
                await _table.DeleteAsync(DuePartition, entry.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
                continue;
            }

            yield return (new ProjectKey(entity.GetString(nameof(ProjectKey.TenantId)) ?? "", entity.GetString(nameof(ProjectKey.ProjectId)) ?? ""), FromEntity(entity));
        }
    }

    /// <summary>Every meeting of the project, cancelled and past ones too, earliest first (an export, an erasure).</summary>
    public async Task<IReadOnlyList<ScheduledMeeting>> ListAsync(ProjectKey project, CancellationToken cancellationToken)
    {
        var list = new List<ScheduledMeeting>();
        await foreach (var entity in _table.QueryPartitionAsync(Partition(project), cancellationToken).ConfigureAwait(false))
        {
            list.Add(FromEntity(entity));
        }

        return [.. list.OrderBy(m => m.Start)];
    }

    /// <summary>The PartitionKey and RowKey a meeting is stored under, for an export.</summary>
    public static (string PartitionKey, string RowKey) KeysOf(ProjectKey project, ScheduledMeeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return (Partition(project), Row(meeting));
    }

    /// <summary>Deletes every meeting of the project and its entries in the "~due" index (the project's retention period is over).</summary>
    /// <returns>How many rows were deleted.</returns>
    public async Task<int> DeleteProjectAsync(ProjectKey project, CancellationToken cancellationToken)
    {
        var partition = Partition(project);
        var rows = new List<TableEntity>();
        await foreach (var entity in _table.QueryPartitionAsync(partition, cancellationToken).ConfigureAwait(false))
        {
            rows.Add(entity);
        }

        await foreach (var entry in _table.QueryPartitionAsync(DuePartition, cancellationToken).ConfigureAwait(false))
        {
            if (entry.RowKey.Split(Separator) is { Length: 3 } parts && parts[1] == partition)
            {
                rows.Add(entry);
            }
        }

        return await _table.DeleteEntitiesAsync(rows, cancellationToken).ConfigureAwait(false);
    }

    private static string Partition(ProjectKey project) => TableKeys.Encode(project.TenantId + "|" + project.ProjectId);

    private static string Stamp(DateTimeOffset t) => t.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Row(ScheduledMeeting meeting) => Stamp(meeting.Start) + "_" + TableKeys.Encode(meeting.EventId);

    private static string DueRow(string partition, string row, DateTimeOffset end) => $"{Stamp(end)}{Separator}{partition}{Separator}{row}";

    private static TableEntity DueEntity(string partition, string row, ProjectKey project, ScheduledMeeting meeting) =>
        new(DuePartition, DueRow(partition, row, meeting.End)) { [nameof(ProjectKey.TenantId)] = project.TenantId, [nameof(ProjectKey.ProjectId)] = project.ProjectId };

    private static TableEntity ToEntity(string partition, string row, ProjectKey project, ScheduledMeeting meeting)
    {
        var entity = new TableEntity(partition, row)
        {
            [nameof(ProjectKey.TenantId)] = project.TenantId,
            [nameof(ProjectKey.ProjectId)] = project.ProjectId,
            [nameof(ScheduledMeeting.EventId)] = meeting.EventId,
            [nameof(ScheduledMeeting.OrganizerId)] = meeting.OrganizerId,
            [nameof(ScheduledMeeting.Subject)] = meeting.Subject,
            [nameof(ScheduledMeeting.Start)] = meeting.Start.ToString("O", CultureInfo.InvariantCulture),
            [nameof(ScheduledMeeting.End)] = meeting.End.ToString("O", CultureInfo.InvariantCulture),
            [nameof(ScheduledMeeting.JoinUrl)] = meeting.JoinUrl,
            [nameof(ScheduledMeeting.Cancelled)] = meeting.Cancelled,
            [nameof(ScheduledMeeting.Sequence)] = meeting.Sequence,
            [nameof(ScheduledMeeting.ViaIcs)] = meeting.ViaIcs,
            [nameof(ScheduledMeeting.AwaitingSend)] = meeting.AwaitingSend,
            [nameof(ScheduledMeeting.SummaryPostedAt)] = meeting.SummaryPostedAt,
            [nameof(ScheduledMeeting.SummaryDropped)] = meeting.SummaryDropped,
            [nameof(ScheduledMeeting.SummaryClaimedBy)] = meeting.SummaryClaimedBy,
            [nameof(ScheduledMeeting.SummaryLeaseUntil)] = meeting.SummaryLeaseUntil,
        };
        return entity;
    }

    private static ScheduledMeeting FromEntity(TableEntity entity) => new(
        entity.GetString(nameof(ScheduledMeeting.EventId)),
        entity.GetString(nameof(ScheduledMeeting.OrganizerId)),
        entity.GetString(nameof(ScheduledMeeting.Subject)),
        DateTimeOffset.Parse(entity.GetString(nameof(ScheduledMeeting.Start)), CultureInfo.InvariantCulture),
        DateTimeOffset.Parse(entity.GetString(nameof(ScheduledMeeting.End)), CultureInfo.InvariantCulture),
        entity.GetString(nameof(ScheduledMeeting.JoinUrl)))
    {
        Cancelled = entity.GetBoolean(nameof(ScheduledMeeting.Cancelled)) ?? false,
        Sequence = entity.GetInt32(nameof(ScheduledMeeting.Sequence)) ?? 0,
        ViaIcs = entity.GetBoolean(nameof(ScheduledMeeting.ViaIcs)) ?? false,
        AwaitingSend = entity.GetBoolean(nameof(ScheduledMeeting.AwaitingSend)) ?? false,
        SummaryPostedAt = entity.GetDateTimeOffset(nameof(ScheduledMeeting.SummaryPostedAt)),
        SummaryDropped = entity.GetBoolean(nameof(ScheduledMeeting.SummaryDropped)) ?? false,
        SummaryClaimedBy = entity.GetString(nameof(ScheduledMeeting.SummaryClaimedBy)),
        SummaryLeaseUntil = entity.GetDateTimeOffset(nameof(ScheduledMeeting.SummaryLeaseUntil)),
        ETag = entity.ETag,
    };
}
