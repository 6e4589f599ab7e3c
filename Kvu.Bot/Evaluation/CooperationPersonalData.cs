using Kvu.Bot.Storage;
using Kvu.Bot.Storage.PersonalData;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// The personal data of the evaluations of the cooperation: who started each, and each member's answer (her AAD id,
/// her scores, her comments, which may name people). Her export holds her own answers and nobody else's. Erasure keeps
/// her scores in the aggregate (the werkgroep's averages do not change) under the id erasure gives her seat, and takes
/// her name out of every comment. The rows are in <see cref="KvuTables.Projects"/>, which Formation's holder lists.
/// </summary>
public sealed class CooperationPersonalData(CooperationStore store) : IPersonalDataHolder
{
    public IReadOnlyList<string> Tables { get; } = [];

    /// <summary>The answers name the project's members: erased before the project itself.</summary>
    public int Rank => 0;

    public async IAsyncEnumerable<PersonMention> MentionsAsync(PersonalDataScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        foreach (var projectId in scope.ProjectIds)
        {
            foreach (var row in await store.ReadRowsAsync(projectId, cancellationToken))
            {
                yield return new PersonMention(projectId, null, row.GetString(CooperationStore.IsAnswer(row) ? CooperationStore.RespondentProperty : CooperationStore.StartedByProperty), null);
            }
        }
    }

    public async IAsyncEnumerable<PersonalRecord> ExportAsync(DataSubject subject, PersonalDataScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(scope);
        foreach (var projectId in scope.ProjectIds)
        {
            foreach (var row in await store.ReadRowsAsync(projectId, cancellationToken))
            {
                if (CooperationStore.IsAnswer(row) && subject.HasAadObjectId(row.GetString(CooperationStore.RespondentProperty)))
                {
                    yield return new PersonalRecord(CooperationStore.TableName, row.PartitionKey, row.RowKey, "cooperationAnswer", new JsonObject
                    {
                        ["projectId"] = projectId,
                        ["answeredAt"] = row.GetDateTimeOffset(CooperationStore.AnsweredAtProperty),
                        ["scores"] = new JsonArray([.. CooperationStore.ReadScores(row.GetString(CooperationStore.ScoresProperty)).Select(s => (JsonNode)new JsonObject
                        {
                            ["factor"] = s.Factor.ToString(),
                            ["score"] = s.Score,
                            ["comment"] = s.Comment,
                        })]),
                    });
                }
                else if (!CooperationStore.IsAnswer(row) && subject.HasAadObjectId(row.GetString(CooperationStore.StartedByProperty)))
                {
                    yield return new PersonalRecord(CooperationStore.TableName, row.PartitionKey, row.RowKey, "cooperationEvaluationStarted", new JsonObject
                    {
                        ["projectId"] = projectId,
                        ["startedAt"] = row.GetDateTimeOffset(nameof(CooperationEvaluation.StartedAt)),
                    });
                }
            }
        }
    }

    public async Task<int> EraseAsync(PersonErasure erasure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        var subject = erasure.Subject;
        var changed = 0;
        foreach (var projectId in erasure.Scope.ProjectIds)
        {
            var pseudonym = erasure.PseudonymIn(projectId) ?? ErasedPerson.Name;
            foreach (var row in await store.ReadRowsAsync(projectId, cancellationToken))
            {
                if (!CooperationStore.IsAnswer(row))
                {
                    if (subject.HasAadObjectId(row.GetString(CooperationStore.StartedByProperty)))
                    {
                        row[CooperationStore.StartedByProperty] = pseudonym;
                        await store.ReplaceRowAsync(row, cancellationToken);
                        changed++;
                    }

                    continue;
                }

                var scores = CooperationStore.ReadScores(row.GetString(CooperationStore.ScoresProperty));
                var scrubbed = scores.Select(s => s with { Comment = s.Comment is null ? null : subject.Scrub(s.Comment) }).ToList();
                var json = JsonSerializer.Serialize(scrubbed, Formation.FormationJson.Options);
                if (subject.HasAadObjectId(row.GetString(CooperationStore.RespondentProperty)))
                {
                    await store.MoveAnswerAsync(row, pseudonym, json, cancellationToken);
                    changed++;
                }
                else if (!scrubbed.SequenceEqual(scores))
                {
                    row[CooperationStore.ScoresProperty] = json;
                    await store.ReplaceRowAsync(row, cancellationToken);
                    changed++;
                }
            }
        }

        return changed;
    }

    public Task<int> DeleteProjectAsync(string tenantId, string projectId, CancellationToken cancellationToken) =>
        store.DeleteRowsAsync(projectId, cancellationToken);
}
