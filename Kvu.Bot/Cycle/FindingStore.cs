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
            ["ByName"] = finding.By.DisplayName,
            ["ByAadObjectId"] = finding.By.AadObjectId,
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
                new PersonRef(entity.GetString("ByName") ?? string.Empty, entity.GetString("ByAadObjectId"), null),
                entity.GetDateTimeOffset(nameof(SchouwFinding.At)) ?? default));
        }

        return findings;
    }

    /// <summary>"f12" → "finding|000012": row keys sort as numbers, so the partition reads in entry order.</summary>
    private static string RowKey(string id) =>
        RowPrefix + int.Parse(id.TrimStart('f'), NumberStyles.None, CultureInfo.InvariantCulture).ToString("D6", CultureInfo.InvariantCulture);
}
