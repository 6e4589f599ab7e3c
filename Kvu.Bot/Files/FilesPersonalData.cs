using Kvu.Bot.Storage;
using Kvu.Bot.Storage.PersonalData;

namespace Kvu.Bot.Files;

/// <summary>
/// The personal data of file delivery: files offered to a user and not yet accepted (at most an hour, see
/// <see cref="FilesOptions.OfferLifetime"/>), kept in her own partition. They belong to no project, so they are read only
/// for the whole tenant; erasing her deletes them. A project's retention has nothing to delete here: an offer is gone
/// long before a project is deleted two years after archiving.
/// </summary>
public sealed class FilesPersonalData(FileOfferStore store) : TenantPersonalData([KvuTables.Files])
{
    protected override async IAsyncEnumerable<PersonMention> MentionsInTenantAsync(string tenantId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var user in await store.UsersAsync(tenantId, cancellationToken))
        {
            yield return new PersonMention(null, null, user, null);
        }
    }

    protected override async IAsyncEnumerable<PersonalRecord> ExportFromTenantAsync(DataSubject subject, string tenantId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var user in subject.AadObjectIds)
        {
            foreach (var offer in await store.ListAsync(tenantId, user, cancellationToken))
            {
                yield return new PersonalRecord(KvuTables.Files, FileOfferStore.Partition(tenantId, user), offer.Id, "fileOffered", new JsonObject
                {
                    ["name"] = offer.File.Name,
                    ["description"] = offer.File.Description,
                    ["expiresAt"] = offer.ExpiresAt,
                });
            }
        }
    }

    protected override async Task<int> EraseFromTenantAsync(PersonErasure erasure, CancellationToken cancellationToken)
    {
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
}
