using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Kvu.Bot.Formation;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Plan;

/// <summary>
/// The measures of the plan van aanpak, each a row of its own in the project's partition of the Projects table (RowKey
/// <c>measure|000012</c>) beside the project's own row and the schouw findings: a plan of a hundred measures is a hundred
/// rows of about a kilobyte, far within the 1 MiB of an entity and the 64 KiB of a property, read with the project's
/// other rows in one partition query. A change reads the row, applies the change and writes it back under the ETag it
/// read (again on a 412), so two people changing different things of one measure lose neither. The tenant is checked
/// by reading the project first; a measure is never read without it.
///
/// Every project with a measure also has a row in the index partition <c>~measures</c> (RowKey the project, with its
/// tenant), so a job that looks at all measures (the Uitvoering's reminders) reads one partition to find the projects
/// instead of scanning every project.
/// </summary>
public sealed class MeasureStore(TableServiceClient serviceClient)
{
    public const string TableName = KvuTables.Projects;
    internal const string RowPrefix = "measure|";
    internal const string OwnerNameProperty = "OwnerName";
    internal const string OwnerAadObjectIdProperty = "OwnerAadObjectId";
    internal const string OwnerEmailProperty = "OwnerEmail";
    internal const string ByNameProperty = "ByName";
    internal const string ByAadObjectIdProperty = "ByAadObjectId";
    private const int MaxAttempts = 8;

    /// <summary>"~" followed by lower-case letters is never produced by TableKeys.Encode, so no project is named like this partition.</summary>
    internal const string IndexPartition = "~measures";
    private const string TenantProperty = "TenantId";

    private readonly GuardedTable _table = new(serviceClient.GetTableClient(TableName));

    /// <exception cref="StorageConflictException">A measure with this number exists already.</exception>
    public async Task AddAsync(KvuProject project, Measure measure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(measure);
        await _table.AddAsync(ToEntity(measure with { ProjectId = project.Id }), cancellationToken);
        await _table.UpsertAsync(new TableEntity(IndexPartition, TableKeys.Encode(project.Id)) { [TenantProperty] = project.TenantId }, cancellationToken);
    }

    /// <summary>(tenant, project) of every project with a measure, for the jobs that look at all measures; never on a turn.</summary>
    public async IAsyncEnumerable<(string TenantId, string ProjectId)> ListProjectsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in _table.QueryPartitionAsync(IndexPartition, cancellationToken))
        {
            yield return (entity.GetString(TenantProperty) ?? string.Empty, TableKeys.Decode(entity.RowKey));
        }
    }

    public async Task<Measure?> GetAsync(KvuProject project, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        return RowKey(id) is { } row && await _table.GetAsync(TableKeys.Encode(project.Id), row, cancellationToken) is { } entity
            ? FromEntity(project.Id, entity)
            : null;
    }

    /// <summary>The project's measures in the order they were entered.</summary>
    public async Task<IReadOnlyList<Measure>> ListAsync(KvuProject project, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        var measures = new List<Measure>();
        await foreach (var entity in _table.QueryRowPrefixAsync(TableKeys.Encode(project.Id), RowPrefix, cancellationToken))
        {
            measures.Add(FromEntity(project.Id, entity));
        }

        return measures;
    }

    /// <summary>Applies <paramref name="change"/> to the measure as stored now and saves it under the ETag it read.</summary>
    /// <returns>The measure as saved, or null when there is no such measure.</returns>
    public async Task<Measure?> UpdateAsync(KvuProject project, string id, Func<Measure, Measure> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(change);
        if (RowKey(id) is not { } row)
        {
            return null;
        }

        for (var attempt = 1; ; attempt++)
        {
            if (await _table.GetAsync(TableKeys.Encode(project.Id), row, cancellationToken) is not { } entity)
            {
                return null;
            }

            var changed = change(FromEntity(project.Id, entity)) with { ProjectId = project.Id, Id = entity.GetString(nameof(Measure.Id)) ?? id };
            try
            {
                await _table.UpdateAsync(ToEntity(changed), entity.ETag, cancellationToken);
                return changed;
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                // Someone else saved this measure in between: apply the change to what they saved.
            }
        }
    }

    /// <summary>Every measure row of the project as stored, for the AVG (<see cref="MeasuresPersonalData"/>); callers checked the tenant.</summary>
    internal async Task<IReadOnlyList<TableEntity>> ReadRowsAsync(string projectId, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (var entity in _table.QueryRowPrefixAsync(TableKeys.Encode(projectId), RowPrefix, cancellationToken))
        {
            rows.Add(entity);
        }

        return rows;
    }

    /// <summary>Writes a measure row back under the ETag it was read with.</summary>
    /// <exception cref="StorageConflictException">Someone changed the measure since it was read.</exception>
    internal Task ReplaceRowAsync(TableEntity row, CancellationToken cancellationToken) => _table.UpdateAsync(row, row.ETag, cancellationToken);

    /// <summary>Deletes every measure of the project (its retention period is over).</summary>
    internal async Task<int> DeleteRowsAsync(string projectId, CancellationToken cancellationToken)
    {
        await _table.DeleteAsync(IndexPartition, TableKeys.Encode(projectId), ETag.All, cancellationToken);
        return await _table.DeleteEntitiesAsync(await ReadRowsAsync(projectId, cancellationToken), cancellationToken);
    }

    /// <summary>"mr12" → "measure|000012": row keys sort as numbers, so the partition reads in entry order. Null for anything else.</summary>
    internal static string? RowKey(string? id) =>
        id is { Length: > 2 } && id.StartsWith("mr", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(id.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and <= 999_999
            ? RowPrefix + number.ToString("D6", CultureInfo.InvariantCulture)
            : null;

    private static TableEntity ToEntity(Measure measure) => new(TableKeys.Encode(measure.ProjectId), RowKey(measure.Id) ?? throw new ArgumentException($"Not a measure id: {measure.Id}", nameof(measure)))
    {
        [nameof(Measure.Id)] = measure.Id,
        [nameof(Measure.Title)] = measure.Title,
        [nameof(Measure.GoalId)] = measure.GoalId,
        [nameof(Measure.KnelpuntId)] = measure.KnelpuntId,
        [nameof(Measure.Party)] = measure.Party,
        [OwnerNameProperty] = measure.Owner.DisplayName,
        [OwnerAadObjectIdProperty] = measure.Owner.AadObjectId,
        [OwnerEmailProperty] = measure.Owner.Email,
        [nameof(Measure.Start)] = Date(measure.Start),
        [nameof(Measure.End)] = Date(measure.End),
        [nameof(Measure.Beslismoment)] = Date(measure.Beslismoment),
        [nameof(Measure.Decider)] = measure.Decider,

        // As text: Table storage has no decimal, and a double would turn 0.1 euro into 0.1000000000000000055.
        [nameof(Measure.Budget)] = measure.Budget?.ToString(CultureInfo.InvariantCulture),
        [ByNameProperty] = measure.ChangedBy.DisplayName,
        [ByAadObjectIdProperty] = measure.ChangedBy.AadObjectId,
        [nameof(Measure.ChangedAt)] = measure.ChangedAt,
    };

    private static Measure FromEntity(string projectId, TableEntity entity) => new()
    {
        ProjectId = projectId,
        Id = entity.GetString(nameof(Measure.Id)) ?? string.Empty,
        Title = entity.GetString(nameof(Measure.Title)) ?? string.Empty,
        GoalId = entity.GetString(nameof(Measure.GoalId)),
        KnelpuntId = entity.GetString(nameof(Measure.KnelpuntId)),
        Party = entity.GetString(nameof(Measure.Party)) ?? string.Empty,
        Owner = new PersonRef(entity.GetString(OwnerNameProperty) ?? string.Empty, entity.GetString(OwnerAadObjectIdProperty), entity.GetString(OwnerEmailProperty)),
        Start = ReadDate(entity, nameof(Measure.Start)),
        End = ReadDate(entity, nameof(Measure.End)),
        Beslismoment = ReadDate(entity, nameof(Measure.Beslismoment)),
        Decider = entity.GetString(nameof(Measure.Decider)) ?? string.Empty,
        Budget = decimal.TryParse(entity.GetString(nameof(Measure.Budget)), NumberStyles.Number, CultureInfo.InvariantCulture, out var budget) ? budget : null,
        ChangedBy = new PersonRef(entity.GetString(ByNameProperty) ?? string.Empty, entity.GetString(ByAadObjectIdProperty), null),
        ChangedAt = entity.GetDateTimeOffset(nameof(Measure.ChangedAt)) ?? default,
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ReadDate(TableEntity entity, string property) =>
        DateOnly.TryParseExact(entity.GetString(property), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : default;
}
