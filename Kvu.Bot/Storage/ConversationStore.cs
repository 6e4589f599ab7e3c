namespace Kvu.Bot.Storage;

/// <summary>
/// The addresses of all conversations the bot is in. One partition per tenant, so "every conversation of
/// this tenant" is a single-partition query; the row is the conversation id, encoded because Teams ids
/// contain characters Azure forbids in keys. This is the pattern for every later aggregate's store: map a
/// domain record to a TableEntity here, and let GuardedTable enforce the limits and concurrency rules.
/// </summary>
public sealed class ConversationStore(TableServiceClient serviceClient)
{
    public const string TableName = KvuTables.Conversations;

    private readonly GuardedTable _table = new(serviceClient, TableName);

    /// <summary>
    /// Upsert: every conversationUpdate/installationUpdate (and Teams resends them freely) may save the
    /// address again; the last one wins, which is right because a serviceUrl or a team name can change.
    /// </summary>
    public async Task SaveAsync(ConversationAddress address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        await _table.UpsertAsync(ToEntity(address), cancellationToken).ConfigureAwait(false);
    }

    public async Task<ConversationAddress?> GetAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenantId);
        ArgumentNullException.ThrowIfNull(conversationId);
        var entity = await _table.GetAsync(TableKeys.Encode(tenantId), TableKeys.Encode(conversationId), cancellationToken).ConfigureAwait(false);
        return entity is null ? null : FromEntity(entity);
    }

    public async IAsyncEnumerable<ConversationAddress> ListByTenantAsync(string tenantId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenantId);
        await foreach (var entity in _table.QueryPartitionAsync(TableKeys.Encode(tenantId), cancellationToken).ConfigureAwait(false))
        {
            yield return FromEntity(entity);
        }
    }

    /// <summary>Forgets a conversation's address (a person's own chat with the bot, when her data is erased).</summary>
    /// <returns>False when there was none.</returns>
    public Task<bool> DeleteAsync(string tenantId, string conversationId, CancellationToken cancellationToken) =>
        _table.DeleteAsync(TableKeys.Encode(tenantId), TableKeys.Encode(conversationId), Azure.ETag.All, cancellationToken);

    /// <summary>The tenant's channel addresses (not its personal and group chats), one query per 1,000 channels.</summary>
    public async Task<IReadOnlyDictionary<string, ConversationAddress>> ListChannelsAsync(string tenantId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenantId);
        var channels = new Dictionary<string, ConversationAddress>(StringComparer.Ordinal);
        await foreach (var entity in _table.QueryPartitionWhereAsync(TableKeys.Encode(tenantId), nameof(ConversationAddress.Kind), nameof(ConversationKind.Channel), cancellationToken).ConfigureAwait(false))
        {
            var address = FromEntity(entity);
            channels[address.ConversationId] = address;
        }

        return channels;
    }

    private static TableEntity ToEntity(ConversationAddress address)
    {
        // Null properties are simply not written: Azure Tables has no null, a missing property reads as null.
        var entity = new TableEntity(TableKeys.Encode(address.TenantId), TableKeys.Encode(address.ConversationId))
        {
            [nameof(ConversationAddress.TenantId)] = address.TenantId,
            [nameof(ConversationAddress.ConversationId)] = address.ConversationId,
            [nameof(ConversationAddress.Kind)] = address.Kind.ToString(),
            [nameof(ConversationAddress.ServiceUrl)] = address.ServiceUrl,
            [nameof(ConversationAddress.ChannelId)] = address.ChannelId,
            [nameof(ConversationAddress.BotId)] = address.BotId,
            [nameof(ConversationAddress.BotName)] = address.BotName,
            [nameof(ConversationAddress.UpdatedAt)] = address.UpdatedAt,
        };
        AddIfNotNull(entity, nameof(ConversationAddress.TeamId), address.TeamId);
        AddIfNotNull(entity, nameof(ConversationAddress.TeamName), address.TeamName);
        AddIfNotNull(entity, nameof(ConversationAddress.ChannelName), address.ChannelName);
        AddIfNotNull(entity, nameof(ConversationAddress.Locale), address.Locale);
        return entity;
    }

    private static ConversationAddress FromEntity(TableEntity entity) => new(
        TenantId: entity.GetString(nameof(ConversationAddress.TenantId)) ?? TableKeys.Decode(entity.PartitionKey),
        ConversationId: entity.GetString(nameof(ConversationAddress.ConversationId)) ?? TableKeys.Decode(entity.RowKey),
        Kind: Enum.Parse<ConversationKind>(Required(entity, nameof(ConversationAddress.Kind))),
        ServiceUrl: Required(entity, nameof(ConversationAddress.ServiceUrl)),
        ChannelId: Required(entity, nameof(ConversationAddress.ChannelId)),
        BotId: Required(entity, nameof(ConversationAddress.BotId)),
        BotName: entity.GetString(nameof(ConversationAddress.BotName)) ?? string.Empty,
        TeamId: entity.GetString(nameof(ConversationAddress.TeamId)),
        TeamName: entity.GetString(nameof(ConversationAddress.TeamName)),
        ChannelName: entity.GetString(nameof(ConversationAddress.ChannelName)),
        UpdatedAt: entity.GetDateTimeOffset(nameof(ConversationAddress.UpdatedAt)) ?? DateTimeOffset.MinValue,
        Locale: entity.GetString(nameof(ConversationAddress.Locale)));

    private static string Required(TableEntity entity, string property) =>
        entity.GetString(property)
        ?? throw new InvalidOperationException($"Conversation entity (PartitionKey '{entity.PartitionKey}', RowKey '{entity.RowKey}') in table {TableName} has no {property}.");

    private static void AddIfNotNull(TableEntity entity, string property, string? value)
    {
        if (value is not null)
        {
            entity[property] = value;
        }
    }
}
