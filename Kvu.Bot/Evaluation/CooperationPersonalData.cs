using Kvu.Bot.Storage.PersonalData;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// The personal data of the evaluations of the cooperation: who started each, and each member's answer (her AAD id,
/// her scores, her comments, which may name people). Her export holds her own answers and nobody else's. Erasure keeps
/// her scores in the aggregate (the werkgroep's averages do not change) under the id erasure gives her seat, and takes
/// her name out of every comment. The rows are in <see cref="KvuTables.Projects"/>, which Formation's holder lists.
/// </summary>
public sealed class CooperationPersonalData(CooperationStore store) : ProjectRowsPersonalData(store.Rows)
{
    protected override IEnumerable<PersonMention> Mentions(string projectId, TableEntity row) =>
        [new PersonMention(projectId, null, row.GetString(CooperationStore.IsAnswer(row) ? CooperationStore.RespondentProperty : nameof(CooperationEvaluation.StartedBy)), null)];

    protected override (string Kind, JsonObject Data)? Export(DataSubject subject, string projectId, TableEntity row)
    {
        if (CooperationStore.IsAnswer(row))
        {
            return subject.HasAadObjectId(row.GetString(CooperationStore.RespondentProperty))
                ? ("cooperationAnswer", new JsonObject
                {
                    ["projectId"] = projectId,
                    ["answeredAt"] = row.GetDateTimeOffset(nameof(CooperationAnswer.AnsweredAt)),
                    ["scores"] = new JsonArray([.. CooperationStore.ReadScores(row.GetString(nameof(CooperationAnswer.Scores))).Select(s => (JsonNode)new JsonObject
                    {
                        ["factor"] = s.Factor.ToString(),
                        ["score"] = s.Score,
                        ["comment"] = s.Comment,
                    })]),
                })
                : null;
        }

        return subject.HasAadObjectId(row.GetString(nameof(CooperationEvaluation.StartedBy)))
            ? ("cooperationEvaluationStarted", new JsonObject
            {
                ["projectId"] = projectId,
                ["startedAt"] = row.GetDateTimeOffset(nameof(CooperationEvaluation.StartedAt)),
            })
            : null;
    }

    /// <summary>Who started a round is replaced by her seat's pseudonym; names go from the comments.</summary>
    protected override bool Erase(PersonErasure erasure, string projectId, TableEntity row)
    {
        if (!CooperationStore.IsAnswer(row))
        {
            if (!erasure.Subject.HasAadObjectId(row.GetString(nameof(CooperationEvaluation.StartedBy))))
            {
                return false;
            }

            row[nameof(CooperationEvaluation.StartedBy)] = erasure.PseudonymIn(projectId) ?? ErasedPerson.Name;
            return true;
        }

        var (scores, json) = Scrubbed(erasure, row);
        if (scores.SequenceEqual(CooperationStore.ReadScores(row.GetString(nameof(CooperationAnswer.Scores)))))
        {
            return false;
        }

        row[nameof(CooperationAnswer.Scores)] = json;
        return true;
    }

    /// <summary>Her own answer moves to the row of her seat's pseudonym, so the aggregate keeps her scores.</summary>
    protected override async Task<bool> EraseRowAsync(PersonErasure erasure, string projectId, TableEntity row, CancellationToken cancellationToken)
    {
        if (!CooperationStore.IsAnswer(row) || !erasure.Subject.HasAadObjectId(row.GetString(CooperationStore.RespondentProperty)))
        {
            return await base.EraseRowAsync(erasure, projectId, row, cancellationToken);
        }

        await store.MoveAnswerAsync(projectId, row, erasure.PseudonymIn(projectId) ?? ErasedPerson.Name, Scrubbed(erasure, row).Json, cancellationToken);
        return true;
    }

    private static (IReadOnlyList<FactorScore> Scores, string Json) Scrubbed(PersonErasure erasure, TableEntity row)
    {
        var scores = CooperationStore.ReadScores(row.GetString(nameof(CooperationAnswer.Scores)))
            .Select(s => s with { Comment = s.Comment is null ? null : erasure.Subject.Scrub(s.Comment) }).ToList();
        return (scores, JsonSerializer.Serialize(scores, Formation.FormationJson.Options));
    }
}
