using Kvu.Bot.Formation;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Plan;

/// <summary>
/// The measures of the plan van aanpak, rows <c>measure|000012</c> of the project's partition (<see cref="ProjectRows"/>):
/// a plan of a hundred measures is a hundred rows of about a kilobyte, read with the project's other rows in one
/// partition query. A change is applied to the measure as stored and written under the ETag it read (again on a 412),
/// so two people changing different things of one measure lose neither.
///
/// Every project with a measure also has a row in the index partition <c>~measures</c> (a <see cref="ProjectIndex"/>: RowKey the project, with its
/// tenant), so a job that looks at all measures (the Uitvoering's reminders) reads one partition to find the projects
/// instead of scanning every project.
/// </summary>
public sealed class MeasureStore(TableServiceClient serviceClient)
{
    internal const string OwnerNameProperty = "OwnerName";
    internal const string OwnerAadObjectIdProperty = "OwnerAadObjectId";
    internal const string OwnerEmailProperty = "OwnerEmail";
    internal const string ByNameProperty = "ByName";
    internal const string ByAadObjectIdProperty = "ByAadObjectId";

    private readonly ProjectIndex _index = new(serviceClient, "~measures");

    internal ProjectRows Rows { get; } = new(serviceClient, "measure|");

    /// <exception cref="StorageConflictException">A measure with this number exists already.</exception>
    public async Task AddAsync(KvuProject project, Measure measure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(measure);
        await Rows.AddAsync(ToEntity(measure with { ProjectId = project.Id }), cancellationToken);
        await _index.AddAsync(project.TenantId, project.Id, cancellationToken);
    }

    /// <summary>(tenant, project) of every project with a measure, for the jobs that look at all measures; never on a turn.</summary>
    public IAsyncEnumerable<(string TenantId, string ProjectId)> ListProjectsAsync(CancellationToken cancellationToken) => _index.ListAsync(cancellationToken);

    /// <summary>Takes a project that is gone out of the index.</summary>
    public Task ForgetProjectAsync(string projectId, CancellationToken cancellationToken) =>
        _index.RemoveAsync(projectId, cancellationToken);

    public async Task<Measure?> GetAsync(KvuProject project, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        return Number(id) is { } number && await Rows.GetAsync(project.Id, number, cancellationToken) is { } entity
            ? FromEntity(project.Id, entity)
            : null;
    }

    /// <summary>The project's measures in the order they were entered.</summary>
    public async Task<IReadOnlyList<Measure>> ListAsync(KvuProject project, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        return [.. (await Rows.ListAsync(project.Id, cancellationToken)).Select(row => FromEntity(project.Id, row))];
    }

    /// <summary>Applies <paramref name="change"/> to the measure as stored now and saves it under the ETag it read.</summary>
    /// <returns>The measure as saved, or null when there is no such measure.</returns>
    public async Task<Measure?> UpdateAsync(KvuProject project, string id, Func<Measure, Measure> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(change);
        if (Number(id) is not { } number)
        {
            return null;
        }

        var saved = await Rows.ChangeAsync(project.Id, number, read => read is null
            ? null
            : ToEntity(change(FromEntity(project.Id, read)) with { ProjectId = project.Id, Id = read.GetString(nameof(Measure.Id)) ?? id }), cancellationToken);
        return saved is null ? null : FromEntity(project.Id, saved);
    }

    /// <summary>"mr12" → "000012": row keys sort as numbers, so the partition reads in entry order. Null for anything else.</summary>
    internal static string? Number(string? id) =>
        id is { Length: > 2 } && id.StartsWith("mr", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(id.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and <= 999_999
            ? number.ToString("D6", CultureInfo.InvariantCulture)
            : null;

    private TableEntity ToEntity(Measure measure)
    {
        var row = Rows.NewRow(measure.ProjectId, Number(measure.Id) ?? throw new ArgumentException($"Not a measure id: {measure.Id}", nameof(measure)));
        row[nameof(Measure.Id)] = measure.Id;
        row[nameof(Measure.Title)] = measure.Title;
        row[nameof(Measure.GoalId)] = measure.GoalId;
        row[nameof(Measure.KnelpuntId)] = measure.KnelpuntId;
        row[nameof(Measure.Party)] = measure.Party;
        row[OwnerNameProperty] = measure.Owner.DisplayName;
        row[OwnerAadObjectIdProperty] = measure.Owner.AadObjectId;
        row[OwnerEmailProperty] = measure.Owner.Email;
        row[nameof(Measure.Start)] = Date(measure.Start);
        row[nameof(Measure.End)] = Date(measure.End);
        row[nameof(Measure.Beslismoment)] = Date(measure.Beslismoment);
        row[nameof(Measure.Decider)] = measure.Decider;

        // As text: Table storage has no decimal, and a double would turn 0.1 euro into 0.1000000000000000055.
        row[nameof(Measure.Budget)] = measure.Budget?.ToString(CultureInfo.InvariantCulture);
        row[ByNameProperty] = measure.ChangedBy.DisplayName;
        row[ByAadObjectIdProperty] = measure.ChangedBy.AadObjectId;
        row[nameof(Measure.ChangedAt)] = measure.ChangedAt;
        return row;
    }

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
