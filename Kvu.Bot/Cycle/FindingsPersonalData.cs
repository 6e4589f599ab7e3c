using Kvu.Bot.Storage;
using Kvu.Bot.Storage.PersonalData;

namespace Kvu.Bot.Cycle;

/// <summary>
/// The personal data of the schouw findings: who entered each (name and Entra id), and names members may have typed in
/// what they saw. The findings are rows of the Projects table, beside the project's own row; Formation's holder answers
/// for that table as a whole (its <see cref="Tables"/> list), this one for the finding rows in it.
/// </summary>
public sealed class FindingsPersonalData(FindingStore findings) : IPersonalDataHolder
{
    /// <summary>None of its own: the rows are in <see cref="KvuTables.Projects"/>, which Formation's holder lists.</summary>
    public IReadOnlyList<string> Tables { get; } = [];

    /// <summary>The findings name the people of the project: erased before the project itself.</summary>
    public int Rank => 0;

    public async IAsyncEnumerable<PersonMention> MentionsAsync(PersonalDataScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        foreach (var projectId in scope.ProjectIds)
        {
            foreach (var row in await findings.ReadRowsAsync(projectId, cancellationToken))
            {
                yield return new PersonMention(projectId, row.GetString(FindingStore.ByNameProperty), row.GetString(FindingStore.ByAadObjectIdProperty), null);
            }
        }
    }

    public async IAsyncEnumerable<PersonalRecord> ExportAsync(DataSubject subject, PersonalDataScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(scope);
        foreach (var projectId in scope.ProjectIds)
        {
            foreach (var row in (await findings.ReadRowsAsync(projectId, cancellationToken)).Where(r => subject.HasAadObjectId(r.GetString(FindingStore.ByAadObjectIdProperty))))
            {
                yield return new PersonalRecord(FindingStore.TableName, row.PartitionKey, row.RowKey, "schouwFinding", new JsonObject
                {
                    ["projectId"] = projectId,
                    ["finding"] = row.GetString(nameof(SchouwFinding.Id)),
                    ["when"] = row.GetString(nameof(SchouwFinding.When)),
                    ["place"] = row.GetString(nameof(SchouwFinding.Place)),
                    ["seen"] = row.GetString(nameof(SchouwFinding.Seen)),
                    ["byName"] = row.GetString(FindingStore.ByNameProperty),
                    ["byAadObjectId"] = row.GetString(FindingStore.ByAadObjectIdProperty),
                    ["at"] = row.GetDateTimeOffset(nameof(SchouwFinding.At)),
                });
            }
        }
    }

    /// <summary>Her findings keep what was seen and where, entered by "verwijderd lid"; her name goes from every finding's text.</summary>
    public async Task<int> EraseAsync(PersonErasure erasure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        var subject = erasure.Subject;
        var changed = 0;
        foreach (var projectId in erasure.Scope.ProjectIds)
        {
            foreach (var row in await findings.ReadRowsAsync(projectId, cancellationToken))
            {
                var mine = subject.HasAadObjectId(row.GetString(FindingStore.ByAadObjectIdProperty)) || subject.HasName(row.GetString(FindingStore.ByNameProperty));
                var place = row.GetString(nameof(SchouwFinding.Place));
                var seen = row.GetString(nameof(SchouwFinding.Seen));
                if (!mine && !subject.IsMentionedIn(place) && !subject.IsMentionedIn(seen))
                {
                    continue;
                }

                if (mine)
                {
                    row[FindingStore.ByNameProperty] = ErasedPerson.Name;
                    row[FindingStore.ByAadObjectIdProperty] = erasure.PseudonymIn(projectId) ?? ErasedPerson.Name;
                }

                row[nameof(SchouwFinding.Place)] = place is null ? null : subject.Scrub(place);
                row[nameof(SchouwFinding.Seen)] = seen is null ? null : subject.Scrub(seen);

                // A finding is written once and never edited, so nothing else changes it in between; a conflict is an error.
                await findings.ReplaceRowAsync(row, cancellationToken);
                changed++;
            }
        }

        return changed;
    }

    public async Task<int> DeleteProjectAsync(string tenantId, string projectId, CancellationToken cancellationToken) =>
        await findings.DeleteRowsAsync(projectId, cancellationToken);
}
