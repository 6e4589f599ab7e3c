using Kvu.Bot.Formation;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// The measures' progress, rows <c>progress|mr4</c> of the project's partition (<see cref="ProjectRows"/>) beside the
/// measure rows: one partition read gives the whole voortgangsmatrix. Every change is written under the ETag it read
/// and re-applied on a conflict, so two people updating one measure at once lose nothing.
/// </summary>
public sealed class ProgressStore(TableServiceClient serviceClient)
{
    internal ProjectRows Rows { get; } = new(serviceClient, "progress|");

    public async Task<IReadOnlyDictionary<string, MeasureProgress>> ListAsync(KvuProject project, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        var all = new Dictionary<string, MeasureProgress>(StringComparer.Ordinal);
        foreach (var row in await Rows.ListAsync(project.Id, cancellationToken))
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
        var saved = await Rows.ChangeAsync(project.Id, TableKeys.Encode(measureId), _ => new TableEntity
        {
            [nameof(MeasureProgress.MeasureId)] = measureId,
            [nameof(MeasureProgress.State)] = state.ToString(),
            [nameof(MeasureProgress.Note)] = note,
            [nameof(MeasureProgress.UpdatedAt)] = at,
        }, cancellationToken);
        return Read(project.Id, saved!);
    }

    private static MeasureProgress Read(string projectId, TableEntity row) => new(
        projectId,
        row.GetString(nameof(MeasureProgress.MeasureId)) ?? string.Empty,
        Enum.TryParse<MeasureState>(row.GetString(nameof(MeasureProgress.State)), out var state) ? state : MeasureState.Gepland,
        row.GetString(nameof(MeasureProgress.Note)),
        row.GetDateTimeOffset(nameof(MeasureProgress.UpdatedAt)) ?? default);
}
