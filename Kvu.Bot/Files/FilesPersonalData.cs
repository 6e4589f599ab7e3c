using Kvu.Bot.Storage;
using Kvu.Bot.Storage.PersonalData;

namespace Kvu.Bot.Files;

/// <summary>
/// The personal data of file delivery: files offered to a user and not yet accepted (at most an hour, see
/// <see cref="FilesOptions.OfferLifetime"/>), kept in her own partition. They belong to no project, so they are read only
/// for the whole tenant; erasing her deletes them. A project's retention has nothing to delete here: an offer is gone
/// long before a project is deleted two years after archiving.
/// </summary>
public sealed class FilesPersonalData(FileOfferStore store) : IPersonalDataHolder
{
    public IReadOnlyList<string> Tables { get; } = [KvuTables.Files];

    public int Rank => 0;

    public async IAsyncEnumerable<PersonMention> MentionsAsync(PersonalDataScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.WholeTenant)
        {
            yield break;
        }

        foreach (var user in await store.UsersAsync(scope.TenantId, cancellationToken))
        {
            yield return new PersonMention(null, null, user, null);
        }
    }

    public async IAsyncEnumerable<PersonalRecord> ExportAsync(DataSubject subject, PersonalDataScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.WholeTenant)
        {
            yield break;
        }

        foreach (var user in subject.AadObjectIds)
        {
            foreach (var offer in await store.ListAsync(scope.TenantId, user, cancellationToken))
            {
                yield return new PersonalRecord(KvuTables.Files, FileOfferStore.Partition(scope.TenantId, user), offer.Id, "fileOffered", new JsonObject
                {
                    ["name"] = offer.File.Name,
                    ["description"] = offer.File.Description,
                    ["expiresAt"] = offer.ExpiresAt,
                });
            }
        }
    }

    public async Task<int> EraseAsync(PersonErasure erasure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        if (!erasure.Scope.WholeTenant)
        {
            return 0;
        }

        var deleted = 0;
        foreach (var user in erasure.Subject.AadObjectIds)
        {
            foreach (var offer in await store.ListAsync(erasure.Scope.TenantId, user, cancellationToken))
            {
                await store.DeleteAsync(erasure.Scope.TenantId, user, offer.Id, cancellationToken);
                deleted++;
            }
        }

        return deleted;
    }

    public Task<int> DeleteProjectAsync(string tenantId, string projectId, CancellationToken cancellationToken) => Task.FromResult(0);
}
