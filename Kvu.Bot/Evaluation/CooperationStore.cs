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
    internal const string RespondentProperty = "Respondent";

    internal ProjectRows Rows { get; } = new(serviceClient, "coop|");

    public async Task<CooperationEvaluation?> GetAsync(KvuProject project, int round, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        var row = await Rows.GetAsync(project.Id, Round(round), cancellationToken);
        return row is null ? null : new CooperationEvaluation(project.TenantId, project.Id, round,
            row.GetString(nameof(CooperationEvaluation.StartedBy)) ?? string.Empty, row.GetDateTimeOffset(nameof(CooperationEvaluation.StartedAt)) ?? default,
            row.GetInt32(nameof(CooperationEvaluation.Asked)) ?? 0, row.GetDateTimeOffset(nameof(CooperationEvaluation.ClosedAt)));
    }

    public Task SaveAsync(CooperationEvaluation evaluation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var row = Rows.NewRow(evaluation.ProjectId, Round(evaluation.Round));
        row[nameof(CooperationEvaluation.StartedBy)] = evaluation.StartedBy;
        row[nameof(CooperationEvaluation.StartedAt)] = evaluation.StartedAt;
        row[nameof(CooperationEvaluation.Asked)] = evaluation.Asked;
        row[nameof(CooperationEvaluation.ClosedAt)] = evaluation.ClosedAt;
        return Rows.UpsertAsync(row, cancellationToken);
    }

    /// <summary>Writes (or replaces) one member's answer; each member has her own row, so answers at once lose nothing.</summary>
    public Task SaveAnswerAsync(CooperationAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Rows.UpsertAsync(AnswerRow(answer.ProjectId, answer.Round, answer.RespondentAadObjectId, JsonSerializer.Serialize(answer.Scores, FormationJson.Options), answer.AnsweredAt), cancellationToken);
    }

    /// <summary>Her own answer in this round, or null; nobody else's is ever read for a member.</summary>
    public async Task<CooperationAnswer?> GetAnswerAsync(KvuProject project, int round, string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        var row = await Rows.GetAsync(project.Id, AnswerKey(round, aadObjectId), cancellationToken);
        return row is null ? null : Read(project.Id, round, row);
    }

    /// <summary>Every answer of the round, for the aggregate only.</summary>
    public async Task<IReadOnlyList<CooperationAnswer>> ListAnswersAsync(KvuProject project, int round, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        return [.. (await Rows.ListAsync(project.Id, cancellationToken, under: Round(round) + "|")).Select(row => Read(project.Id, round, row))];
    }

    /// <summary>An answer row under a new respondent (erasure): the old row goes, the new one comes, in one transaction.</summary>
    internal Task MoveAnswerAsync(string projectId, TableEntity read, string respondent, string? scores, CancellationToken cancellationToken) =>
        Rows.MoveAsync(AnswerRow(projectId, RoundOf(read.RowKey), respondent, scores, read.GetDateTimeOffset(nameof(CooperationAnswer.AnsweredAt))), read, cancellationToken);

    internal static bool IsAnswer(TableEntity row) => row.RowKey.Count(c => c == '|') == 2;

    internal static IReadOnlyList<FactorScore> ReadScores(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<List<FactorScore>>(json, FormationJson.Options) ?? [];

    private TableEntity AnswerRow(string projectId, int round, string respondent, string? scores, DateTimeOffset? answeredAt)
    {
        var row = Rows.NewRow(projectId, AnswerKey(round, respondent));
        row[RespondentProperty] = respondent;
        row[nameof(CooperationAnswer.Scores)] = scores;
        row[nameof(CooperationAnswer.AnsweredAt)] = answeredAt;
        return row;
    }

    private static CooperationAnswer Read(string projectId, int round, TableEntity row) =>
        new(projectId, round, row.GetString(RespondentProperty) ?? string.Empty, ReadScores(row.GetString(nameof(CooperationAnswer.Scores))), row.GetDateTimeOffset(nameof(CooperationAnswer.AnsweredAt)) ?? default);

    private static string Round(int round) => round.ToString("D3", CultureInfo.InvariantCulture);

    private static string AnswerKey(int round, string aadObjectId) => Round(round) + "|" + TableKeys.Encode(aadObjectId.Trim().ToLowerInvariant());

    private static int RoundOf(string rowKey) => int.Parse(rowKey.Split('|')[1], NumberStyles.None, CultureInfo.InvariantCulture);
}
