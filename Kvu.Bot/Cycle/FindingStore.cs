using System.Globalization;
using Azure.Data.Tables;
using Kvu.Bot.Formation;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Cycle;

/// <summary>
/// The schouw findings, each a row of its own in the project's partition of the Projects table (RowKey
/// <c>finding|000012</c>), beside the project's own row: an analysis of 200 findings stays far within the 1 MiB of an
/// entity and the 64 KiB of a property, and members entering findings at the same time each add their own row
/// (their number comes from the project's counter, saved under its ETag). The tenant is checked by reading the
/// project first; a finding is never read without it.
/// </summary>
public sealed class FindingStore(TableServiceClient serviceClient)
{
    public const string TableName = KvuTables.Projects;
    private const string RowPrefix = "finding|";
    internal const string ByNameProperty = "ByName";
    internal const string ByAadObjectIdProperty = "ByAadObjectId";

    private readonly GuardedTable _table = new(serviceClient.GetTableClient(TableName));

    public async Task AddAsync(SchouwFinding finding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var entity = new TableEntity(TableKeys.Encode(finding.ProjectId), RowKey(finding.Id))
        {
            [nameof(SchouwFinding.Id)] = finding.Id,
            [nameof(SchouwFinding.When)] = finding.When.ToString(),
            [nameof(SchouwFinding.Place)] = finding.Place,
            [nameof(SchouwFinding.Seen)] = finding.Seen,
            [ByNameProperty] = finding.By.DisplayName,
            [ByAadObjectIdProperty] = finding.By.AadObjectId,
            [nameof(SchouwFinding.At)] = finding.At,
        };
        await _table.UpsertAsync(entity, cancellationToken);
    }

    /// <summary>The project's findings in the order they were entered.</summary>
    public async Task<IReadOnlyList<SchouwFinding>> ListAsync(KvuProject project, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        var findings = new List<SchouwFinding>();
        await foreach (var entity in _table.QueryRowPrefixAsync(TableKeys.Encode(project.Id), RowPrefix, cancellationToken))
        {
            findings.Add(new SchouwFinding(
                project.Id,
                entity.GetString(nameof(SchouwFinding.Id)) ?? string.Empty,
                Enum.TryParse<DayPart>(entity.GetString(nameof(SchouwFinding.When)), out var when) ? when : DayPart.Dag,
                entity.GetString(nameof(SchouwFinding.Place)) ?? string.Empty,
                entity.GetString(nameof(SchouwFinding.Seen)) ?? string.Empty,
                new PersonRef(entity.GetString(ByNameProperty) ?? string.Empty, entity.GetString(ByAadObjectIdProperty), null),
                entity.GetDateTimeOffset(nameof(SchouwFinding.At)) ?? default));
        }

        return findings;
    }

    /// <summary>Every finding row of the project as stored, for the AVG (<see cref="FindingsPersonalData"/>); callers checked the tenant.</summary>
    internal async Task<IReadOnlyList<TableEntity>> ReadRowsAsync(string projectId, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (var entity in _table.QueryRowPrefixAsync(TableKeys.Encode(projectId), RowPrefix, cancellationToken))
        {
            rows.Add(entity);
        }

        return rows;
    }

    /// <summary>Writes a finding row back under the ETag it was read with.</summary>
    internal Task ReplaceRowAsync(TableEntity row, CancellationToken cancellationToken) => _table.UpdateAsync(row, row.ETag, cancellationToken);

    /// <summary>Deletes every finding of the project (its retention period is over).</summary>
    internal async Task<int> DeleteRowsAsync(string projectId, CancellationToken cancellationToken) =>
        await _table.DeleteEntitiesAsync(await ReadRowsAsync(projectId, cancellationToken), cancellationToken);

    /// <summary>"f12" → "finding|000012": row keys sort as numbers, so the partition reads in entry order.</summary>
    private static string RowKey(string id) =>
        RowPrefix + int.Parse(id.TrimStart('f'), NumberStyles.None, CultureInfo.InvariantCulture).ToString("D6", CultureInfo.InvariantCulture);
}
