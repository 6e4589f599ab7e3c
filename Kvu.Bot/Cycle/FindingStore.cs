using Kvu.Bot.Formation;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Cycle;

/// <summary>
/// The schouw findings, rows <c>finding|000012</c> of the project's partition (<see cref="ProjectRows"/>): an analysis
/// of 200 findings is 200 small rows read with the project, and members entering findings at the same time each add
/// their own row (their number comes from the project's counter, saved under its ETag).
/// </summary>
public sealed class FindingStore(TableServiceClient serviceClient)
{
    internal ProjectRows Rows { get; } = new(serviceClient, "finding|");

    public Task AddAsync(SchouwFinding finding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var row = Rows.NewRow(finding.ProjectId, RowKey(finding.Id));
        row[nameof(SchouwFinding.Id)] = finding.Id;
        row[nameof(SchouwFinding.When)] = finding.When.ToString();
        row[nameof(SchouwFinding.Place)] = finding.Place;
        row[nameof(SchouwFinding.Seen)] = finding.Seen;
        RowAuthor.Write(row, finding.By);
        row[nameof(SchouwFinding.At)] = finding.At;
        return Rows.UpsertAsync(row, cancellationToken);
    }

    /// <summary>The project's findings in the order they were entered.</summary>
    public async Task<IReadOnlyList<SchouwFinding>> ListAsync(KvuProject project, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        return [.. (await Rows.ListAsync(project.Id, cancellationToken)).Select(row => new SchouwFinding(
            project.Id,
            row.GetString(nameof(SchouwFinding.Id)) ?? string.Empty,
            Enum.TryParse<DayPart>(row.GetString(nameof(SchouwFinding.When)), out var when) ? when : DayPart.Dag,
            row.GetString(nameof(SchouwFinding.Place)) ?? string.Empty,
            row.GetString(nameof(SchouwFinding.Seen)) ?? string.Empty,
            RowAuthor.Read(row),
            row.GetDateTimeOffset(nameof(SchouwFinding.At)) ?? default))];
    }

    /// <summary>"f12" → "000012": row keys sort as numbers, so the partition reads in entry order.</summary>
    private static string RowKey(string id) =>
        int.Parse(id.TrimStart('f'), NumberStyles.None, CultureInfo.InvariantCulture).ToString("D6", CultureInfo.InvariantCulture);
}
