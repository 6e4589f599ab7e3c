using Kvu.Bot.Formation;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// The measures' progress, rows <c>progress|mr4</c> in the project's partition of the Projects table beside the measure
/// rows (<c>measure|000004</c>): one partition read gives the whole voortgangsmatrix. Every change is written under the
/// ETag it read and re-applied on a conflict, so two people updating one measure at once lose nothing.
/// Beside them, rows <c>reminded|mr4|...</c> mark the reminders sent about a measure (<see cref="MeasureReminders"/>),
/// added once each, so a reminder goes out once however often (or on however many instances) the job runs.
/// </summary>
public sealed class ProgressStore(TableServiceClient serviceClient)
{
    public const string TableName = KvuTables.Projects;
    internal const string RowPrefix = "progress|";
    internal const string ReminderPrefix = "reminded|";
    private const int MaxAttempts = 8;

    private readonly GuardedTable _table = new(serviceClient.GetTableClient(TableName));

    public async Task<IReadOnlyDictionary<string, MeasureProgress>> ListAsync(KvuProject project, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        var all = new Dictionary<string, MeasureProgress>(StringComparer.Ordinal);
        foreach (var row in await ReadRowsAsync(project.Id, cancellationToken))
        {
            var progress = Read(project.Id, row);
            all[progress.MeasureId] = progress;
        }

        return all;
    }

    /// <summary>Sets the state and note of a measure on what is stored now.</summary>
    public async Task<MeasureProgress> SetAsync(KvuProject project, string measureId, MeasureState state, string? note, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        var partition = TableKeys.Encode(project.Id);
        var rowKey = RowPrefix + TableKeys.Encode(measureId);
        for (var attempt = 1; ; attempt++)
        {
            var read = await _table.GetAsync(partition, rowKey, cancellationToken);
            var entity = new TableEntity(partition, rowKey)
            {
                [nameof(MeasureProgress.MeasureId)] = measureId,
                [nameof(MeasureProgress.State)] = state.ToString(),
                [nameof(MeasureProgress.Note)] = note,
                [nameof(MeasureProgress.UpdatedAt)] = at,
            };
            try
            {
                if (read is null)
                {
                    await _table.AddAsync(entity, cancellationToken);
                }
                else
                {
                    await _table.UpdateAsync(entity, read.ETag, cancellationToken);
                }

                return Read(project.Id, entity);
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                // Someone else saved this measure's progress in between: write over what they saved, under its ETag.
            }
        }
    }

    /// <summary>The marks of the reminders sent about the project's measures (see <see cref="TryMarkRemindedAsync"/>).</summary>
    public async Task<IReadOnlySet<string>> ListRemindedAsync(KvuProject project, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        var marks = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in _table.QueryRowPrefixAsync(TableKeys.Encode(project.Id), ReminderPrefix, cancellationToken))
        {
            marks.Add(TableKeys.Decode(row.RowKey[ReminderPrefix.Length..]));
        }

        return marks;
    }

    /// <summary>Marks a reminder as sent; false when it was already, so two runs at once send it once.</summary>
    public async Task<bool> TryMarkRemindedAsync(KvuProject project, string mark, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        try
        {
            await _table.AddAsync(new TableEntity(TableKeys.Encode(project.Id), ReminderPrefix + TableKeys.Encode(mark)) { ["At"] = at }, cancellationToken);
            return true;
        }
        catch (StorageConflictException)
        {
            return false;
        }
    }

    /// <summary>Takes back a mark whose reminder Teams did not take (busy, failing), so the next run sends it.</summary>
    public Task ForgetRemindedAsync(KvuProject project, string mark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        return _table.DeleteAsync(TableKeys.Encode(project.Id), ReminderPrefix + TableKeys.Encode(mark), Azure.ETag.All, cancellationToken);
    }

    internal async Task<IReadOnlyList<TableEntity>> ReadRowsAsync(string projectId, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in _table.QueryRowPrefixAsync(TableKeys.Encode(projectId), RowPrefix, cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    internal Task ReplaceRowAsync(TableEntity row, CancellationToken cancellationToken) => _table.UpdateAsync(row, row.ETag, cancellationToken);

    /// <summary>Deletes the project's progress and reminder marks (its retention period is over).</summary>
    internal async Task<int> DeleteRowsAsync(string projectId, CancellationToken cancellationToken)
    {
        var marks = new List<TableEntity>();
        await foreach (var row in _table.QueryRowPrefixAsync(TableKeys.Encode(projectId), ReminderPrefix, cancellationToken))
        {
            marks.Add(row);
        }

        return await _table.DeleteEntitiesAsync([.. await ReadRowsAsync(projectId, cancellationToken), .. marks], cancellationToken);
    }

    private static MeasureProgress Read(string projectId, TableEntity row) => new(
        projectId,
        row.GetString(nameof(MeasureProgress.MeasureId)) ?? string.Empty,
        Enum.TryParse<MeasureState>(row.GetString(nameof(MeasureProgress.State)), out var state) ? state : MeasureState.Gepland,
        row.GetString(nameof(MeasureProgress.Note)),
        row.GetDateTimeOffset(nameof(MeasureProgress.UpdatedAt)) ?? default);
}
