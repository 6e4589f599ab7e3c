using Kvu.Bot.Storage;

namespace Kvu.Bot.StatusPosts;

/// <summary>
/// The weekly schedule of every project, and the index the scheduler reads to find who is due.
///
/// Index design: one partition per hour of the Dutch week ("!slot-1-09" = Monday 09:00-09:59 Amsterdam time),
/// 168 partitions, a row per scheduled project. A run reads only the slots its time window touches (normally the
/// current and the previous hour: two small single-partition queries a minute), never every project. The slot is
/// wall-clock time, so a project's row does not move when DST changes; the due instant is computed per row.
/// After downtime the window grows, capped at all 168 slots, so every project is found again with one query per
/// slot whatever the outage lasted. Thousands of projects at Monday 09:00 share one partition, which Azure serves at
/// up to 2,000 entities/s, read in pages of 1,000: well within a one-minute run.
/// The row is written when a channel is linked or the schedule changes, and removed when paused.
/// Settings rows live in the project's own partition (the encoded project id, which never starts with '!'), with
/// that key as RowKey too: a RowKey shared by every project ("settings", as before) makes each point read scan all
/// projects in Azurite. A project's settings under the old RowKey are read from there and moved on their next change.
/// </summary>
public sealed class StatusScheduleStore(TableServiceClient serviceClient, IOptions<StatusPostOptions> options)
{
    /// <summary>The RowKey every project's settings had before it became the project's own key.</summary>
    private const string LegacySettingsRow = "settings";
    private const string SlotPrefix = "!slot-";
    private const string RunnerPartition = "!runner";
    private const string CheckpointRow = "checkpoint";

    private readonly GuardedTable _table = new(serviceClient, options.Value.ScheduleTable);

    public static string SlotPartition(DayOfWeek day, int hour) =>
        string.Create(CultureInfo.InvariantCulture, $"{SlotPrefix}{ISODay(day)}-{hour:00}");

    public async Task<StatusSettings?> GetAsync(string projectId, CancellationToken cancellationToken)
    {
        var entity = await ReadSettingsAsync(projectId, cancellationToken);
        return entity is null ? null : FromEntity(entity);
    }

    /// <summary>
    /// Reads, changes and saves the settings under their ETag (re-applied when another instance wrote first), and
    /// keeps the index in step: the new slot row is written before the old one is removed, so a crash in between
    /// leaves a duplicate row (harmless: the weekly claim posts once) rather than a project that is never due.
    /// </summary>
    public async Task<StatusSettings> UpdateAsync(string tenantId, string projectId, Func<StatusSettings?, StatusSettings> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var entity = await ReadSettingsAsync(projectId, cancellationToken);
            var before = entity is null ? null : FromEntity(entity);
            if (before is not null && before.TenantId != tenantId)
            {
                throw new InvalidOperationException($"Project {projectId} belongs to another tenant.");
            }

            var after = change(before);
            try
            {
                await _table.SaveOwnRowAsync(ToEntity(after), entity, cancellationToken);
            }
            catch (StorageConflictException) when (attempt < 5)
            {
                continue;
            }

            await ReindexAsync(before, after, cancellationToken);
            return after;
        }
    }

    public async IAsyncEnumerable<StatusSlotEntry> ListSlotAsync(string slotPartition, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in _table.QueryPartitionAsync(slotPartition, cancellationToken))
        {
            yield return new StatusSlotEntry(
                entity.GetString(nameof(StatusSlotEntry.TenantId)) ?? string.Empty,
                entity.GetString(nameof(StatusSlotEntry.ProjectId)) ?? TableKeys.Decode(entity.RowKey),
                new StatusSchedule(
                    Enum.Parse<DayOfWeek>(entity.GetString(nameof(StatusSchedule.Day)) ?? nameof(DayOfWeek.Monday)),
                    TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(entity.GetInt32("Minute") ?? 0)),
                    Paused: false),
                entity.GetDateTimeOffset(nameof(StatusSlotEntry.ActiveFrom)) ?? DateTimeOffset.MinValue);
        }
    }

    /// <summary>Up to when the scheduler has looked for due projects; null before the first run.</summary>
    public async Task<(DateTimeOffset? ScannedUntil, ETag ETag)> GetCheckpointAsync(CancellationToken cancellationToken)
    {
        var entity = await _table.GetAsync(RunnerPartition, CheckpointRow, cancellationToken);
        return (entity?.GetDateTimeOffset("ScannedUntil"), entity?.ETag ?? default);
    }

    /// <summary>Moves the checkpoint forward; when another instance moved it first, theirs stands (both scanned).</summary>
    public async Task AdvanceCheckpointAsync(DateTimeOffset scannedUntil, ETag read, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(RunnerPartition, CheckpointRow) { ["ScannedUntil"] = scannedUntil };
        try
        {
            if (read == default)
            {
                await _table.AddAsync(entity, cancellationToken);
            }
            else
            {
                await _table.UpdateAsync(entity, read, cancellationToken);
            }
        }
        catch (StorageConflictException)
        {
            // Another instance finished a run meanwhile; its checkpoint is as good as ours.
        }
    }

    /// <summary>Whether a one-off job (see <see cref="StatusBackfill"/>) has completed.</summary>
    public async Task<bool> IsMarkedAsync(string job, CancellationToken cancellationToken) =>
        await _table.GetAsync(RunnerPartition, job, cancellationToken) is not null;

    public Task MarkAsync(string job, DateTimeOffset at, CancellationToken cancellationToken) =>
        _table.UpsertAsync(new TableEntity(RunnerPartition, job) { ["DoneAt"] = at }, cancellationToken);

    /// <summary>Deletes the project's settings and its row in the due-slot index (the project's retention period is over).</summary>
    /// <returns>How many rows were deleted.</returns>
    public async Task<int> DeleteProjectAsync(string tenantId, string projectId, CancellationToken cancellationToken)
    {
        var settings = await ReadSettingsAsync(projectId, cancellationToken);
        if (settings is null || FromEntity(settings) is not { } read || read.TenantId != tenantId)
        {
            return 0;
        }

        var key = TableKeys.Encode(projectId);
        var deleted = await _table.DeleteAsync(SlotPartition(read.Schedule.Day, read.Schedule.Time.Hour), key, ETag.All, cancellationToken) ? 1 : 0;
        deleted += await _table.DeleteAsync(key, key, ETag.All, cancellationToken) ? 1 : 0;
        deleted += await _table.DeleteAsync(key, LegacySettingsRow, ETag.All, cancellationToken) ? 1 : 0;
        return deleted;
    }

    /// <summary>The PartitionKey and RowKey of a project's settings, for an export.</summary>
    public static string KeyOf(string projectId) => TableKeys.Encode(projectId);

    private async Task ReindexAsync(StatusSettings? before, StatusSettings after, CancellationToken cancellationToken)
    {
        var newSlot = after.Scheduled ? SlotPartition(after.Schedule.Day, after.Schedule.Time.Hour) : null;
        if (newSlot is not null)
        {
            await _table.UpsertAsync(new TableEntity(newSlot, TableKeys.Encode(after.ProjectId))
            {
                [nameof(StatusSlotEntry.TenantId)] = after.TenantId,
                [nameof(StatusSlotEntry.ProjectId)] = after.ProjectId,
                [nameof(StatusSchedule.Day)] = after.Schedule.Day.ToString(),
                ["Minute"] = after.Schedule.Time.Hour * 60 + after.Schedule.Time.Minute,
                [nameof(StatusSlotEntry.ActiveFrom)] = after.ActiveFrom,
            }, cancellationToken);
        }

        // Every slot the project may have been in before (a crashed earlier change may have left one behind).
        var oldSlot = before is null ? null : SlotPartition(before.Schedule.Day, before.Schedule.Time.Hour);
        if (oldSlot is not null && oldSlot != newSlot)
        {
            await _table.DeleteAsync(oldSlot, TableKeys.Encode(after.ProjectId), ETag.All, cancellationToken);
        }
    }

    private Task<TableEntity?> ReadSettingsAsync(string projectId, CancellationToken cancellationToken) =>
        _table.GetOwnRowAsync(TableKeys.Encode(projectId), LegacySettingsRow, cancellationToken);

    private static TableEntity ToEntity(StatusSettings s)
    {
        var key = TableKeys.Encode(s.ProjectId);
        var entity = new TableEntity(key, key)
        {
            [nameof(StatusSettings.TenantId)] = s.TenantId,
            [nameof(StatusSettings.ProjectId)] = s.ProjectId,
            [nameof(StatusSchedule.Day)] = s.Schedule.Day.ToString(),
            ["Time"] = s.Schedule.Time.ToString("HH:mm", CultureInfo.InvariantCulture),
            [nameof(StatusSchedule.Paused)] = s.Schedule.Paused,
            [nameof(StatusSettings.ActiveFrom)] = s.ActiveFrom,
        };
        Add(entity, nameof(StatusSettings.ChannelConversationId), s.ChannelConversationId);
        Add(entity, nameof(StatusSettings.ProjectleiderConversationId), s.ProjectleiderConversationId);
        Add(entity, nameof(StatusSettings.ChannelGoneId), s.ChannelGoneId);
        if (s.ChannelGoneAt is { } gone)
        {
            entity[nameof(StatusSettings.ChannelGoneAt)] = gone;
        }

        return entity;
    }

    private static StatusSettings FromEntity(TableEntity e) => new(
        e.GetString(nameof(StatusSettings.TenantId)) ?? string.Empty,
        e.GetString(nameof(StatusSettings.ProjectId)) ?? TableKeys.Decode(e.PartitionKey),
        new StatusSchedule(
            Enum.Parse<DayOfWeek>(e.GetString(nameof(StatusSchedule.Day)) ?? nameof(DayOfWeek.Monday)),
            TimeOnly.ParseExact(e.GetString("Time") ?? "09:00", "HH:mm", CultureInfo.InvariantCulture),
            e.GetBoolean(nameof(StatusSchedule.Paused)) ?? false),
        e.GetString(nameof(StatusSettings.ChannelConversationId)),
        e.GetDateTimeOffset(nameof(StatusSettings.ActiveFrom)) ?? DateTimeOffset.MinValue,
        e.GetString(nameof(StatusSettings.ProjectleiderConversationId)),
        e.GetString(nameof(StatusSettings.ChannelGoneId)),
        e.GetDateTimeOffset(nameof(StatusSettings.ChannelGoneAt)));

    private static void Add(TableEntity entity, string property, string? value)
    {
        if (value is not null)
        {
            entity[property] = value;
        }
    }

    private static int ISODay(DayOfWeek day) => day == DayOfWeek.Sunday ? 7 : (int)day;
}
