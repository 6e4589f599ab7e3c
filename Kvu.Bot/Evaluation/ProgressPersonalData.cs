using Kvu.Bot.Storage.PersonalData;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// The measures' progress keeps no person (the owner is on the measure, who changed it in nothing), but its notes are
/// free text that may name someone: erasure takes her name out of them, and the rows go with the project.
/// </summary>
public sealed class ProgressPersonalData(ProgressStore store) : IPersonalDataHolder
{
    public IReadOnlyList<string> Tables { get; } = [];

    public int Rank => 0;

    public IAsyncEnumerable<PersonMention> MentionsAsync(PersonalDataScope scope, CancellationToken cancellationToken) => AsyncEnumerable.Empty<PersonMention>();

    public IAsyncEnumerable<PersonalRecord> ExportAsync(DataSubject subject, PersonalDataScope scope, CancellationToken cancellationToken) => AsyncEnumerable.Empty<PersonalRecord>();

    public async Task<int> EraseAsync(PersonErasure erasure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        var changed = 0;
        foreach (var projectId in erasure.Scope.ProjectIds)
        {
            foreach (var row in await store.ReadRowsAsync(projectId, cancellationToken))
            {
                if (row.GetString(nameof(MeasureProgress.Note)) is { } note && erasure.Subject.IsMentionedIn(note))
                {
                    row[nameof(MeasureProgress.Note)] = erasure.Subject.Scrub(note);
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
