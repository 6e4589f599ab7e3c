using Kvu.Bot.Storage;

namespace Kvu.Bot.Files;

/// <summary>
/// The files offered and not yet accepted, one row each in the user's own partition of the Files table
/// (PartitionKey tenant|AAD object id, RowKey the offer's id): an answer is looked up only in the partition of the
/// user who clicked, so another user's or another tenant's click cannot find it. The bytes are split over binary
/// properties of 64 KiB (Azure's limit per property) in one entity of at most 1 MiB.
/// </summary>
public sealed class FileOfferStore(TableServiceClient serviceClient)
{
    public const string TableName = KvuTables.Files;

    /// <summary>The largest file one entity holds: 14 chunks of 64 KiB leave room for the name and description.</summary>
    public const int MaxBytes = 14 * TableLimits.MaxBinaryPropertyBytes;

    private const string ChunkPrefix = "Data";
    private const string ChunkCount = "Chunks";

    private readonly GuardedTable _table = new(serviceClient, TableName);

    public static string Partition(string tenantId, string aadObjectId) => TableKeys.Encode($"{tenantId}|{aadObjectId}");

    public async Task<string> AddAsync(string tenantId, string aadObjectId, FileOffer offer, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(offer);
        var id = Guid.NewGuid().ToString("N");
        var entity = new TableEntity(Partition(tenantId, aadObjectId), id)
        {
            [nameof(FileOffer.Name)] = offer.Name,
            [nameof(FileOffer.ContentType)] = offer.ContentType,
            [nameof(FileOffer.Description)] = offer.Description,
            [nameof(StoredOffer.ExpiresAt)] = expiresAt,
        };
        var chunks = (offer.Content.Length + TableLimits.MaxBinaryPropertyBytes - 1) / TableLimits.MaxBinaryPropertyBytes;
        entity[ChunkCount] = chunks;
        for (var i = 0; i < chunks; i++)
        {
            entity[ChunkPrefix + i] = offer.Content.AsSpan(i * TableLimits.MaxBinaryPropertyBytes, Math.Min(TableLimits.MaxBinaryPropertyBytes, offer.Content.Length - (i * TableLimits.MaxBinaryPropertyBytes))).ToArray();
        }

        await _table.AddAsync(entity, cancellationToken);
        return id;
    }

    /// <returns>The offer to this user, or null when there is none with that id in their partition.</returns>
    public async Task<StoredOffer?> GetAsync(string tenantId, string aadObjectId, string offerId, CancellationToken cancellationToken)
    {
        TableLimits.ValidateKey(offerId, "RowKey");
        var entity = await _table.GetAsync(Partition(tenantId, aadObjectId), offerId, cancellationToken);
        return entity is null ? null : Read(entity, withContent: true);
    }

    /// <summary>The user's offers without their bytes (for the AVG export and to sweep expired ones).</summary>
    public async Task<IReadOnlyList<StoredOffer>> ListAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        var offers = new List<StoredOffer>();
        await foreach (var entity in _table.QueryPartitionAsync(Partition(tenantId, aadObjectId), cancellationToken))
        {
            offers.Add(Read(entity, withContent: false));
        }

        return offers;
    }

    /// <summary>The AAD object ids of the tenant's users with an offer (maintenance: the AVG, never on a turn).</summary>
    public async Task<IReadOnlyList<string>> UsersAsync(string tenantId, CancellationToken cancellationToken)
    {
        var prefix = TableKeys.Encode(tenantId + "|");
        var users = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await foreach (var entity in _table.QueryPartitionPrefixAsync(prefix, cancellationToken))
        {
            users.Add(TableKeys.Decode(entity.PartitionKey)[(tenantId.Length + 1)..]);
        }

        return [.. users];
    }

    public Task DeleteAsync(string tenantId, string aadObjectId, string offerId, CancellationToken cancellationToken) =>
        _table.DeleteAsync(Partition(tenantId, aadObjectId), offerId, ETag.All, cancellationToken);

    private static StoredOffer Read(TableEntity entity, bool withContent)
    {
        var content = Array.Empty<byte>();
        if (withContent)
        {
            var chunks = Enumerable.Range(0, entity.GetInt32(ChunkCount) ?? 0).Select(i => entity.GetBinary(ChunkPrefix + i) ?? []).ToList();
            content = [.. chunks.SelectMany(c => c)];
        }

        return new StoredOffer(
            entity.RowKey,
            new FileOffer(entity.GetString(nameof(FileOffer.Name)) ?? string.Empty, entity.GetString(nameof(FileOffer.ContentType)) ?? string.Empty, content, entity.GetString(nameof(FileOffer.Description)) ?? string.Empty),
            entity.GetDateTimeOffset(nameof(StoredOffer.ExpiresAt)) ?? DateTimeOffset.MinValue);
    }
}
