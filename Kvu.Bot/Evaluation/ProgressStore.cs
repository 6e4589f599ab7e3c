using Kvu.Bot.Formation;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// The measures' progress, rows <c>progress|mr4</c> of the project's partition (<see cref="ProjectRows"/>) beside the
/// measure rows: one partition read gives the whole voortgangsmatrix. Every change is written under the ETag it read
/// and re-applied on a conflict, so two people updating one measure at once lose nothing.
/// Beside them, rows <c>reminded|mr4|...</c> mark the reminders sent about a measure (<see cref="MeasureReminders"/>),
/// added once each, so a reminder goes out once however often (or on however many instances) the job runs.
/// </summary>
public sealed class ProgressStore(TableServiceClient serviceClient)
{
    internal ProjectRows Rows { get; } = new(serviceClient, "progress|");

    internal ProjectRows Reminded { get; } = new(serviceClient, "reminded|");

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

    /// <summary>The marks of the reminders sent about the project's measures (see <see cref="TryMarkRemindedAsync"/>).</summary>
    public async Task<IReadOnlySet<string>> ListRemindedAsync(KvuProject project, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        return (await Reminded.ListAsync(project.Id, cancellationToken)).Select(row => TableKeys.Decode(row.RowKey[Reminded.RowPrefix.Length..])).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Marks a reminder as sent; false when it was already, so two runs at once send it once.</summary>
    public Task<bool> TryMarkRemindedAsync(KvuProject project, string mark, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        var row = Reminded.NewRow(project.Id, TableKeys.Encode(mark));
        row["At"] = at;
        return Reminded.TryAddAsync(row, cancellationToken);
    }

    /// <summary>Takes back a mark whose reminder Teams did not take (busy, failing), so the next run sends it.</summary>
    public Task ForgetRemindedAsync(KvuProject project, string mark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        return Reminded.DeleteAsync(project.Id, TableKeys.Encode(mark), cancellationToken);
    }

    private static MeasureProgress Read(string projectId, TableEntity row) => new(
        projectId,
        row.GetString(nameof(MeasureProgress.MeasureId)) ?? string.Empty,
        Enum.TryParse<MeasureState>(row.GetString(nameof(MeasureProgress.State)), out var state) ? state : MeasureState.Gepland,
        row.GetString(nameof(MeasureProgress.Note)),
        row.GetDateTimeOffset(nameof(MeasureProgress.UpdatedAt)) ?? default);
}
