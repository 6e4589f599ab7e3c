using System.Globalization;
using Kvu.Bot.Formation;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// The evaluations of the cooperation, rows in the project's partition of the Projects table beside the project: one
/// per round (<c>coop|002</c>) and one per member's answer (<c>coop|002|{her AAD id}</c>), so answering members each
/// write their own row and one turn reads one partition. Tenants are checked by reading the project first.
/// </summary>
public sealed class CooperationStore(TableServiceClient serviceClient)
{
    public const string TableName = KvuTables.Projects;
    internal const string RowPrefix = "coop|";
    internal const string RespondentProperty = "Respondent";
    internal const string ScoresProperty = "Scores";
    internal const string AnsweredAtProperty = "AnsweredAt";
    internal const string StartedByProperty = "StartedBy";

    private readonly GuardedTable _table = new(serviceClient.GetTableClient(TableName));

    public async Task<CooperationEvaluation?> GetAsync(KvuProject project, int round, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        var row = await _table.GetAsync(TableKeys.Encode(project.Id), HeadKey(round), cancellationToken);
        return row is null ? null : new CooperationEvaluation(project.TenantId, project.Id, round,
            row.GetString(StartedByProperty) ?? string.Empty, row.GetDateTimeOffset(nameof(CooperationEvaluation.StartedAt)) ?? default,
            row.GetInt32(nameof(CooperationEvaluation.Asked)) ?? 0, row.GetDateTimeOffset(nameof(CooperationEvaluation.ClosedAt)));
    }

    public Task SaveAsync(CooperationEvaluation evaluation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return _table.UpsertAsync(new TableEntity(TableKeys.Encode(evaluation.ProjectId), HeadKey(evaluation.Round))
        {
            [StartedByProperty] = evaluation.StartedBy,
            [nameof(CooperationEvaluation.StartedAt)] = evaluation.StartedAt,
            [nameof(CooperationEvaluation.Asked)] = evaluation.Asked,
            [nameof(CooperationEvaluation.ClosedAt)] = evaluation.ClosedAt,
        }, cancellationToken);
    }

    /// <summary>Writes (or replaces) one member's answer; each member has her own row, so answers at once lose nothing.</summary>
    public Task SaveAnswerAsync(CooperationAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return _table.UpsertAsync(new TableEntity(TableKeys.Encode(answer.ProjectId), AnswerKey(answer.Round, answer.RespondentAadObjectId))
        {
            [RespondentProperty] = answer.RespondentAadObjectId,
            [ScoresProperty] = JsonSerializer.Serialize(answer.Scores, FormationJson.Options),
            [AnsweredAtProperty] = answer.AnsweredAt,
        }, cancellationToken);
    }

    /// <summary>Her own answer in this round, or null; nobody else's is ever read for a member.</summary>
    public async Task<CooperationAnswer?> GetAnswerAsync(KvuProject project, int round, string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        var row = await _table.GetAsync(TableKeys.Encode(project.Id), AnswerKey(round, aadObjectId), cancellationToken);
        return row is null ? null : Read(project.Id, round, row);
    }

    /// <summary>Every answer of the round, for the aggregate only.</summary>
    public async Task<IReadOnlyList<CooperationAnswer>> ListAnswersAsync(KvuProject project, int round, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        var answers = new List<CooperationAnswer>();
        await foreach (var row in _table.QueryRowPrefixAsync(TableKeys.Encode(project.Id), HeadKey(round) + "|", cancellationToken))
        {
            answers.Add(Read(project.Id, round, row));
        }

        return answers;
    }

    /// <summary>Every evaluation and answer row of the project as stored, for the AVG; callers checked the tenant.</summary>
    internal async Task<IReadOnlyList<TableEntity>> ReadRowsAsync(string projectId, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in _table.QueryRowPrefixAsync(TableKeys.Encode(projectId), RowPrefix, cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>An answer row under a new respondent (erasure): the old row goes, the new one comes, in one transaction.</summary>
    internal Task MoveAnswerAsync(TableEntity read, string respondent, string? scores, CancellationToken cancellationToken)
    {
        var moved = new TableEntity(read.PartitionKey, AnswerKey(RoundOf(read.RowKey), respondent))
        {
            [RespondentProperty] = respondent,
            [ScoresProperty] = scores,
            [AnsweredAtProperty] = read.GetDateTimeOffset(AnsweredAtProperty),
        };
        return _table.MoveAsync(moved, read, cancellationToken);
    }

    internal Task ReplaceRowAsync(TableEntity row, CancellationToken cancellationToken) => _table.UpdateAsync(row, row.ETag, cancellationToken);

    internal async Task<int> DeleteRowsAsync(string projectId, CancellationToken cancellationToken) =>
        await _table.DeleteEntitiesAsync(await ReadRowsAsync(projectId, cancellationToken), cancellationToken);

    internal static bool IsAnswer(TableEntity row) => row.RowKey.Count(c => c == '|') == 2;

    internal static IReadOnlyList<FactorScore> ReadScores(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<List<FactorScore>>(json, FormationJson.Options) ?? [];

    private static CooperationAnswer Read(string projectId, int round, TableEntity row) =>
        new(projectId, round, row.GetString(RespondentProperty) ?? string.Empty, ReadScores(row.GetString(ScoresProperty)), row.GetDateTimeOffset(AnsweredAtProperty) ?? default);

    private static string HeadKey(int round) => RowPrefix + round.ToString("D3", CultureInfo.InvariantCulture);

    private static string AnswerKey(int round, string aadObjectId) => HeadKey(round) + "|" + TableKeys.Encode(aadObjectId.Trim().ToLowerInvariant());

    private static int RoundOf(string rowKey) => int.Parse(rowKey.Split('|')[1], NumberStyles.None, CultureInfo.InvariantCulture);
}
