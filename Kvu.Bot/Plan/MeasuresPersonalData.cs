using Kvu.Bot.Storage;
using Kvu.Bot.Storage.PersonalData;

namespace Kvu.Bot.Plan;

/// <summary>
/// The personal data of the measures: who carries out each (name, and Entra id and e-mail when she is in the
/// werkgroep), who entered or last changed it, and names that may be typed in its texts. The measures are rows of the
/// Projects table beside the project's own row; Formation's holder answers for that table as a whole, this one for
/// the measure rows in it.
/// </summary>
public sealed class MeasuresPersonalData(MeasureStore measures) : IPersonalDataHolder
{
    private const int MaxAttempts = 8;

    /// <summary>The texts of a measure in which a name may be typed.</summary>
    private static readonly string[] TextProperties = [nameof(Measure.Title), nameof(Measure.Party), nameof(Measure.Decider)];

    /// <summary>None of its own: the rows are in <see cref="KvuTables.Projects"/>, which Formation's holder lists.</summary>
    public IReadOnlyList<string> Tables { get; } = [];

    /// <summary>The measures name the people of the project: erased before the project itself.</summary>
    public int Rank => 0;

    public async IAsyncEnumerable<PersonMention> MentionsAsync(PersonalDataScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        foreach (var projectId in scope.ProjectIds)
        {
            foreach (var row in await measures.ReadRowsAsync(projectId, cancellationToken))
            {
                yield return new PersonMention(projectId, row.GetString(MeasureStore.OwnerNameProperty), row.GetString(MeasureStore.OwnerAadObjectIdProperty), row.GetString(MeasureStore.OwnerEmailProperty));
                yield return new PersonMention(projectId, row.GetString(MeasureStore.ByNameProperty), row.GetString(MeasureStore.ByAadObjectIdProperty), null);
            }
        }
    }

    public async IAsyncEnumerable<PersonalRecord> ExportAsync(DataSubject subject, PersonalDataScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(scope);
        foreach (var projectId in scope.ProjectIds)
        {
            foreach (var row in (await measures.ReadRowsAsync(projectId, cancellationToken)).Where(r => IsOwner(subject, r) || IsEditor(subject, r)))
            {
                yield return new PersonalRecord(MeasureStore.TableName, row.PartitionKey, row.RowKey, "measure", new JsonObject
                {
                    ["projectId"] = projectId,
                    ["measure"] = row.GetString(nameof(Measure.Id)),
                    ["title"] = row.GetString(nameof(Measure.Title)),
                    ["party"] = row.GetString(nameof(Measure.Party)),
                    ["ownerName"] = row.GetString(MeasureStore.OwnerNameProperty),
                    ["ownerAadObjectId"] = row.GetString(MeasureStore.OwnerAadObjectIdProperty),
                    ["ownerEmail"] = row.GetString(MeasureStore.OwnerEmailProperty),
                    ["changedByName"] = row.GetString(MeasureStore.ByNameProperty),
                    ["changedByAadObjectId"] = row.GetString(MeasureStore.ByAadObjectIdProperty),
                    ["changedAt"] = row.GetDateTimeOffset(nameof(Measure.ChangedAt)),
                });
            }
        }
    }

    /// <summary>
    /// Her measures keep what is done, by which party and when, carried out (or changed) by "verwijderd lid"; her name
    /// goes from every measure's texts. A measure is changed by people while this runs: a conflict re-reads and re-applies.
    /// </summary>
    public async Task<int> EraseAsync(PersonErasure erasure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        var changed = 0;
        foreach (var projectId in erasure.Scope.ProjectIds)
        {
            foreach (var row in await measures.ReadRowsAsync(projectId, cancellationToken))
            {
                var current = row;
                for (var attempt = 1; Erase(erasure, projectId, current); attempt++)
                {
                    try
                    {
                        await measures.ReplaceRowAsync(current, cancellationToken);
                        changed++;
                        break;
                    }
                    catch (StorageConflictException) when (attempt < MaxAttempts)
                    {
                        current = (await measures.ReadRowsAsync(projectId, cancellationToken)).FirstOrDefault(r => r.RowKey == row.RowKey);
                        if (current is null)
                        {
                            break;
                        }
                    }
                }
            }
        }

        return changed;
    }

    public async Task<int> DeleteProjectAsync(string tenantId, string projectId, CancellationToken cancellationToken) =>
        await measures.DeleteRowsAsync(projectId, cancellationToken);

    /// <returns>True when the row named her and now does not.</returns>
    private static bool Erase(PersonErasure erasure, string projectId, Azure.Data.Tables.TableEntity row)
    {
        var subject = erasure.Subject;
        var owner = IsOwner(subject, row);
        var editor = IsEditor(subject, row);
        var mentioned = TextProperties.Where(p => subject.IsMentionedIn(row.GetString(p))).ToList();
        if (!owner && !editor && mentioned.Count == 0)
        {
            return false;
        }

        var pseudonym = erasure.PseudonymIn(projectId) ?? ErasedPerson.Name;
        if (owner)
        {
            row[MeasureStore.OwnerNameProperty] = ErasedPerson.Name;
            row[MeasureStore.OwnerAadObjectIdProperty] = row.GetString(MeasureStore.OwnerAadObjectIdProperty) is null ? null : pseudonym;
            row[MeasureStore.OwnerEmailProperty] = null;
        }

        if (editor)
        {
            row[MeasureStore.ByNameProperty] = ErasedPerson.Name;
            row[MeasureStore.ByAadObjectIdProperty] = pseudonym;
        }

        foreach (var property in mentioned)
        {
            row[property] = subject.Scrub(row.GetString(property)!);
        }

        return true;
    }

    /// <summary>By her Entra id or e-mail; only an owner typed by name alone (not in the werkgroep) is matched by name.</summary>
    private static bool IsOwner(DataSubject subject, Azure.Data.Tables.TableEntity row)
    {
        var aadObjectId = row.GetString(MeasureStore.OwnerAadObjectIdProperty);
        var email = row.GetString(MeasureStore.OwnerEmailProperty);
        return aadObjectId is null && email is null
            ? subject.HasName(row.GetString(MeasureStore.OwnerNameProperty))
            : subject.Is(aadObjectId, email);
    }

    private static bool IsEditor(DataSubject subject, Azure.Data.Tables.TableEntity row) =>
        subject.HasAadObjectId(row.GetString(MeasureStore.ByAadObjectIdProperty)) || subject.HasName(row.GetString(MeasureStore.ByNameProperty));
}
