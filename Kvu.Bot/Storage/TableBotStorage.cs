using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using JsonSerializer = Newtonsoft.Json.JsonSerializer; // the Bot Framework's state is Newtonsoft JSON

namespace Kvu.Bot.Storage;

/// <summary>
/// The Bot Framework's conversation and user state in Azure Tables: one entity per state key in table
/// <see cref="KvuTables.BotState"/>, the state as Newtonsoft JSON split over string properties.
///
/// A stale write fails instead of silently overwriting another turn's state. Teams can deliver two
/// activities of one conversation at once (a double click on a card button, a message while an invoke runs);
/// both turns load the same state and the second save would otherwise erase the first turn's work.
/// The SDK's own stores only honour ETags on IStoreItem values, but BotState saves a plain dictionary, so
/// this store also reads the ETag from an "eTag" entry: ReadAsync puts it there and BotState hands the same
/// dictionary back on save.
/// </summary>
public sealed class TableBotStorage(TableServiceClient serviceClient) : IStorage
{
    /// <summary>The property BotState carries back to us; never persisted inside the JSON.</summary>
    public const string ETagKey = "eTag";


    /// <summary>RowKey is empty: one entity per state key, and the key alone spreads state over partitions.</summary>
    private const string RowKey = "";

    /// <summary>TypeNameHandling.None: state JSON must never choose which .NET type gets instantiated.</summary>
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.None,
    });

    private readonly GuardedTable _table = new(serviceClient, KvuTables.BotState);

    /// <returns>Per key found, a JObject with the state and "eTag"; keys not found are absent.</returns>
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, object>(keys.Length, StringComparer.Ordinal);
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            var entity = await _table.GetAsync(TableKeys.Encode(key), RowKey, cancellationToken).ConfigureAwait(false);
            if (entity is null)
            {
                continue;
            }

            var state = Parse(JsonChunks.Read(entity, KvuTables.BotState));
            state[ETagKey] = entity.ETag.ToString();
            result[key] = state;
        }

        return result;
    }

    /// <summary>
    /// Per change: ETag "*" overwrites; a real ETag updates only if nobody wrote since; no ETag adds, which
    /// fails if someone created the state after we read nothing. On success the value's "eTag" (or
    /// IStoreItem.ETag) is set to the new ETag, so a second save in the same turn is not a conflict with itself.
    /// </summary>
    /// <exception cref="StorageConflictException">Someone else wrote the state first.</exception>
    /// <exception cref="TableLimitException">The state is too large for one entity (about 500,000 characters of JSON).</exception>
    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var (key, value) in changes)
        {
            if (value is null)
            {
                throw new ArgumentException($"State '{key}' is null; use DeleteAsync to remove state.", nameof(changes));
            }

            var eTag = ReadETag(value);
            var (entity, isEmpty) = ToEntity(key, value);
            ETag newETag;
            if (eTag == "*")
            {
                newETag = await _table.UpsertAsync(entity, cancellationToken).ConfigureAwait(false);
            }
            else if (!string.IsNullOrEmpty(eTag))
            {
                newETag = await _table.UpdateAsync(entity, new ETag(eTag), cancellationToken).ConfigureAwait(false);
            }
            else if (isEmpty)
            {
                // BotState.ClearStateAsync swaps in a new, empty dictionary and so drops the ETag; BotState never
                // saves an empty state otherwise. A clear is meant to win, so it overwrites.
                newETag = await _table.UpsertAsync(entity, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                try
                {
                    newETag = await _table.AddAsync(entity, cancellationToken).ConfigureAwait(false);
                }
                catch (StorageConflictException ex)
                {
                    throw new StorageConflictException(
                        ex.Table,
                        ex.PartitionKey,
                        ex.RowKey,
                        $"State '{key}' was created by someone else after this turn found none, so it was not overwritten. "
                        + "(A turn that calls BotState.ClearStateAsync and then sets new values loses the ETag the same way: "
                        + "use BotState.DeleteAsync to start a conversation over.)",
                        ex);
                }
            }

            WriteETag(value, newETag);
        }
    }

    /// <summary>Deletes unconditionally; a key that is not there is not an error.</summary>
    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            await _table.DeleteAsync(TableKeys.Encode(key), RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The state keys that start with <paramref name="prefix"/> (encoding keeps prefixes: "msteams/conversations/19:abc"
    /// finds the state of every thread of that channel): for erasure, never on a turn.
    /// </summary>
    public async IAsyncEnumerable<string> ListKeysAsync(string prefix, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        await foreach (var entity in _table.QueryPartitionPrefixAsync(TableKeys.Encode(prefix), cancellationToken).ConfigureAwait(false))
        {
            yield return TableKeys.Decode(entity.PartitionKey);
        }
    }

    private static (TableEntity Entity, bool IsEmpty) ToEntity(string key, object value)
    {
        var token = JToken.FromObject(value, Serializer);
        if (token is not JObject state)
        {
            throw new ArgumentException($"State '{key}' must serialize to a JSON object, not {token.Type}.", nameof(value));
        }

        // The ETag travels beside the state, never inside it: a stored ETag would be stale the moment it is written.
        foreach (var name in state.Properties().Select(p => p.Name).Where(n => string.Equals(n, ETagKey, StringComparison.OrdinalIgnoreCase)).ToList())
        {
            state.Remove(name);
        }

        var json = state.ToString(Formatting.None);
        var entity = new TableEntity(TableKeys.Encode(key), RowKey);

        JsonChunks.Write(entity, json);
        return (entity, !state.HasValues);
    }

    private static JObject Parse(string json)
    {
        // Dates stay strings: parsing them into DateTime would shift a DateTimeOffset to local time.
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return JObject.Load(reader);
    }

    private static string? ReadETag(object value) => value switch
    {
        IStoreItem item => item.ETag,
        JObject json => json.TryGetValue(ETagKey, out var token) && token.Type == JTokenType.String ? token.Value<string>() : null,
        IDictionary<string, object> dictionary => dictionary.TryGetValue(ETagKey, out var eTag) ? eTag?.ToString() : null,
        _ => null,
    };

    private static void WriteETag(object value, ETag eTag)
    {
        switch (value)
        {
            case IStoreItem item:
                item.ETag = eTag.ToString();
                break;
            case JObject json:
                json[ETagKey] = eTag.ToString();
                break;
            case IDictionary<string, object> { IsReadOnly: false } dictionary:
                dictionary[ETagKey] = eTag.ToString();
                break;
        }
    }
}
