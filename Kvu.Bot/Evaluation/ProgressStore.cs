using Kvu.Bot.Formation;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// The measures' progress, rows <c>progress|mr4</c> in the project's partition of the Projects table beside the measure
/// rows (<c>measure|000004</c>): one partition read gives the whole voortgangsmatrix. Every change is written under the
/// ETag it read and re-applied on a conflict, so two people updating one measure at once lose nothing.
/// </summary>
public sealed class ProgressStore(TableServiceClient serviceClient)
{
    public const string TableName = KvuTables.Projects;
    internal const string RowPrefix = "progress|";
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

    internal async Task<int> DeleteRowsAsync(string projectId, CancellationToken cancellationToken) =>
        await _table.DeleteEntitiesAsync(await ReadRowsAsync(projectId, cancellationToken), cancellationToken);

    private static MeasureProgress Read(string projectId, TableEntity row) => new(
        projectId,
        row.GetString(nameof(MeasureProgress.MeasureId)) ?? string.Empty,
        Enum.TryParse<MeasureState>(row.GetString(nameof(MeasureProgress.State)), out var state) ? state : MeasureState.Gepland,
        row.GetString(nameof(MeasureProgress.Note)),
        row.GetDateTimeOffset(nameof(MeasureProgress.UpdatedAt)) ?? default);
}
