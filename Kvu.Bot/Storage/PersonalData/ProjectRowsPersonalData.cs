namespace Kvu.Bot.Storage.PersonalData;

/// <summary>
/// The personal data kept in one kind of <see cref="ProjectRows"/>: the holder walks the rows of every project in scope
/// and asks its feature, row by row, whom a row mentions, what of it belongs to the subject and how to erase her from it;
/// the names typed in a row's free texts it erases itself.
/// The rows are in <see cref="KvuTables.Projects"/>, which Formation's holder lists as a whole, so this one names no
/// table of its own; they name the project's people and are erased before the project itself (rank 0).
/// </summary>
public abstract class ProjectRowsPersonalData(ProjectRows rows) : IPersonalDataHolder
{
    public IReadOnlyList<string> Tables { get; } = [];

    public int Rank => 0;

    public async IAsyncEnumerable<PersonMention> MentionsAsync(PersonalDataScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        foreach (var projectId in scope.ProjectIds)
        {
            foreach (var row in await rows.ListAsync(projectId, cancellationToken))
            {
                foreach (var mention in Mentions(projectId, row))
                {
                    yield return mention;
                }
            }
        }
    }

    public async IAsyncEnumerable<PersonalRecord> ExportAsync(DataSubject subject, PersonalDataScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(scope);
        foreach (var projectId in scope.ProjectIds)
        {
            foreach (var row in await rows.ListAsync(projectId, cancellationToken))
            {
                if (Export(subject, projectId, row) is { } record)
                {
                    yield return new PersonalRecord(ProjectRows.TableName, row.PartitionKey, row.RowKey, record.Kind, record.Data);
                }
            }
        }
    }

    public async Task<int> EraseAsync(PersonErasure erasure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        var changed = 0;
        foreach (var projectId in erasure.Scope.ProjectIds)
        {
            foreach (var row in await rows.ListAsync(projectId, cancellationToken))
            {
                changed += await EraseRowAsync(erasure, projectId, row, cancellationToken) ? 1 : 0;
            }
        }

        return changed;
    }

    public Task<int> DeleteProjectAsync(string tenantId, string projectId, CancellationToken cancellationToken) =>
        rows.DeleteAllAsync(projectId, cancellationToken);

    /// <summary>The people a row names, one mention per place.</summary>
    protected abstract IEnumerable<PersonMention> Mentions(string projectId, TableEntity row);

    /// <summary>What of the row is the subject's (its kind and fields), or null when the row is not hers.</summary>
    protected abstract (string Kind, JsonObject Data)? Export(DataSubject subject, string projectId, TableEntity row);

    /// <summary>Takes her out of the row's own fields in place (her name in its <see cref="TypedTexts"/> goes by itself).</summary>
    /// <returns>Whether those fields named her (and were changed).</returns>
    protected abstract bool Erase(PersonErasure erasure, string projectId, TableEntity row);

    /// <summary>
    /// The row's free texts (its string properties by name) in which members may have typed a name: erasure replaces her
    /// name in each of them, whether or not the row names her anywhere else.
    /// </summary>
    protected virtual IReadOnlyList<string> TypedTexts => [];

    /// <summary>Rewrites the row without her, under its ETag, again on what is stored now after a conflict.</summary>
    protected virtual Task<bool> EraseRowAsync(PersonErasure erasure, string projectId, TableEntity row, CancellationToken cancellationToken) =>
        rows.EditAsync(row, r => EraseAll(erasure, projectId, r), cancellationToken);

    /// <returns>Whether the row named her anywhere (and was changed).</returns>
    private bool EraseAll(PersonErasure erasure, string projectId, TableEntity row)
    {
        var named = Erase(erasure, projectId, row);
        var mentioned = TypedTexts.Where(p => erasure.Subject.IsMentionedIn(row.GetString(p))).ToList();
        foreach (var property in mentioned)
        {
            row[property] = erasure.Subject.Scrub(row.GetString(property)!);
        }

        return named || mentioned.Count > 0;
    }
}
