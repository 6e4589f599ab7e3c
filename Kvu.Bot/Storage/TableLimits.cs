namespace Kvu.Bot.Storage;

/// <summary>
/// Azure Table storage limits, checked by the project itself before every write. Azurite, which every
/// test and every developer runs against, is more lenient than Azure: it accepts a transaction that spans
/// two partitions and an entity over 1 MiB, and it fails a transaction of more than 100 operations with an
/// unclear error. Without these checks such a write would pass every test and fail only in production.
/// Source: learn.microsoft.com "Understanding the Table service data model" and "Performing entity group
/// transactions".
/// </summary>
public static class TableLimits
{
    /// <summary>1 MiB: total size of an entity, computed with <see cref="EntitySize"/>.</summary>
    public const int MaxEntityBytes = 1024 * 1024;

    /// <summary>255 properties, including the system properties PartitionKey, RowKey and Timestamp.</summary>
    public const int MaxProperties = 255;

    /// <summary>PartitionKey, RowKey and Timestamp count towards <see cref="MaxProperties"/>.</summary>
    public const int SystemPropertyCount = 3;

    /// <summary>String properties are UTF-16 and at most 64 KiB: 32,768 characters.</summary>
    public const int MaxStringPropertyChars = 64 * 1024 / 2;

    /// <summary>Binary properties are at most 64 KiB.</summary>
    public const int MaxBinaryPropertyBytes = 64 * 1024;

    /// <summary>PartitionKey and RowKey are at most 1 KiB each; as UTF-16 that is 512 characters.</summary>
    public const int MaxKeyChars = 1024 / 2;

    /// <summary>An entity group transaction holds at most 100 operations.</summary>
    public const int MaxTransactionOperations = 100;

    /// <summary>An entity group transaction's payload must be under 4 MiB.</summary>
    public const int MaxTransactionBytes = 4 * 1024 * 1024;

    private const int MaxValueInMessage = 80;

    /// <summary>
    /// Azure's documented formula: 4 bytes + Len(PartitionKey + RowKey) * 2 bytes + for each property
    /// (8 bytes + Len(name) * 2 bytes + size of the value), where a string is 2 bytes per character + 4,
    /// binary its length + 4, DateTime/double/long 8, int 4, Guid 16, bool 1. Timestamp is counted as a
    /// DateTime property because the service stores one on every entity.
    /// </summary>
    public static long EntitySize(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        long size = 4 + ((long)(entity.PartitionKey?.Length ?? 0) + (entity.RowKey?.Length ?? 0)) * 2;
        size += PropertySize(nameof(TableEntity.Timestamp), DateTimeOffset.MinValue);
        foreach (var (name, value) in CustomProperties(entity))
        {
            size += PropertySize(name, value);
        }

        return size;
    }

    /// <summary>Checks one key against Azure's length limit and disallowed characters.</summary>
    public static void ValidateKey(string? key, string keyName)
    {
        if (key is null)
        {
            throw new TableLimitException("key", $"{keyName} is missing: Azure Table storage requires one on every entity.");
        }

        if (key.Length > MaxKeyChars)
        {
            throw new TableLimitException(
                "key size",
                $"{keyName} is {key.Length} characters ({key.Length * 2} bytes as UTF-16), over Azure's limit of 1 KiB "
                + $"({MaxKeyChars} characters): '{Shorten(key)}'.");
        }

        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (c is '/' or '\\' or '#' or '?' || char.IsControl(c))
            {
                var shown = char.IsControl(c) ? $"control character U+{(int)c:X4}" : $"'{c}'";
                throw new TableLimitException(
                    "key characters",
                    $"{keyName} '{Shorten(key)}' contains {shown} at position {i}; Azure Table storage does not allow "
                    + "/ \\ # ? or control characters in keys. Encode it with TableKeys.Encode.");
            }
        }
    }

    /// <summary>Checks keys, property count, each property's size and the entity's total size.</summary>
    public static void ValidateEntity(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ValidateKey(entity.PartitionKey, "PartitionKey");
        ValidateKey(entity.RowKey, "RowKey");

        var customCount = 0;
        foreach (var (name, value) in CustomProperties(entity))
        {
            customCount++;
            switch (value)
            {
                case string s when s.Length > MaxStringPropertyChars:
                    throw new TableLimitException(
                        "string property size",
                        $"Property '{name}' of entity ({Describe(entity)}) holds {s.Length} characters "
                        + $"({s.Length * 2L} bytes as UTF-16), over Azure's limit of 64 KiB ({MaxStringPropertyChars} characters) per string property.");
                case byte[] bytes when bytes.Length > MaxBinaryPropertyBytes:
                    throw new TableLimitException(
                        "binary property size",
                        $"Property '{name}' of entity ({Describe(entity)}) holds {bytes.Length} bytes, over Azure's limit of 64 KiB per binary property.");
                case BinaryData data when data.ToMemory().Length > MaxBinaryPropertyBytes:
                    throw new TableLimitException(
                        "binary property size",
                        $"Property '{name}' of entity ({Describe(entity)}) holds {data.ToMemory().Length} bytes, over Azure's limit of 64 KiB per binary property.");
            }
        }

        var total = customCount + SystemPropertyCount;
        if (total > MaxProperties)
        {
            throw new TableLimitException(
                "property count",
                $"Entity ({Describe(entity)}) has {total} properties ({customCount} of its own + PartitionKey, RowKey, Timestamp), "
                + $"over Azure's limit of {MaxProperties}.");
        }

        var size = EntitySize(entity);
        if (size > MaxEntityBytes)
        {
            throw new TableLimitException(
                "entity size",
                $"Entity ({Describe(entity)}) is {size:N0} bytes by Azure's size formula, over Azure's limit of 1 MiB ({MaxEntityBytes:N0} bytes).");
        }
    }

    /// <summary>
    /// Checks an entity group transaction: at least one and at most 100 operations, one partition, each entity
    /// at most once, each entity valid, and a total under 4 MiB. The total is estimated with the entity size
    /// formula: the real payload is JSON, but the formula's 2 bytes per character over-counts ASCII text, so
    /// it errs on the safe side for the text the bot stores.
    /// </summary>
    public static void ValidateTransaction(IReadOnlyList<TableTransactionAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.Count == 0)
        {
            throw new ArgumentException("A transaction needs at least one operation.", nameof(actions));
        }

        if (actions.Count > MaxTransactionOperations)
        {
            throw new TableLimitException(
                "transaction operations",
                $"Transaction has {actions.Count} operations, over Azure's limit of {MaxTransactionOperations} per entity group transaction. Split it.");
        }

        var partitionKey = actions[0].Entity.PartitionKey;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long total = 0;
        foreach (var action in actions)
        {
            var entity = action.Entity;
            if (!string.Equals(entity.PartitionKey, partitionKey, StringComparison.Ordinal))
            {
                throw new TableLimitException(
                    "transaction partition",
                    $"Transaction spans partitions '{Shorten(partitionKey)}' and '{Shorten(entity.PartitionKey)}'; Azure requires all operations "
                    + "of an entity group transaction to be in one partition.");
            }

            if (!seen.Add(entity.RowKey ?? string.Empty))
            {
                throw new TableLimitException(
                    "transaction duplicate",
                    $"Transaction touches entity (PartitionKey '{Shorten(partitionKey)}', RowKey '{Shorten(entity.RowKey)}') more than once; Azure allows each entity once per transaction.");
            }

            if (action.ActionType == TableTransactionActionType.Delete)
            {
                ValidateKey(entity.PartitionKey, "PartitionKey");
                ValidateKey(entity.RowKey, "RowKey");
                total += 4 + ((long)(entity.PartitionKey?.Length ?? 0) + (entity.RowKey?.Length ?? 0)) * 2;
                continue;
            }

            if (entity is not TableEntity tableEntity)
            {
                throw new ArgumentException(
                    $"Transaction writes a {entity.GetType().Name}; GuardedTable can only check the limits of a TableEntity. Map it to a TableEntity.",
                    nameof(actions));
            }

            ValidateEntity(tableEntity);
            total += EntitySize(tableEntity);
        }

        if (total >= MaxTransactionBytes)
        {
            throw new TableLimitException(
                "transaction size",
                $"Transaction of {actions.Count} operations is {total:N0} bytes by Azure's size formula; Azure requires an entity group transaction under 4 MiB ({MaxTransactionBytes:N0} bytes).");
        }
    }

    private static IEnumerable<(string Name, object Value)> CustomProperties(TableEntity entity)
    {
        foreach (var (name, value) in entity)
        {
            // Null properties are not stored; the system properties and OData annotations are not the caller's.
            if (value is null
                || name is nameof(TableEntity.PartitionKey) or nameof(TableEntity.RowKey) or nameof(TableEntity.Timestamp)
                || name.StartsWith("odata.", StringComparison.Ordinal)
                || name.Contains("@odata.", StringComparison.Ordinal))
            {
                continue;
            }

            yield return (name, value);
        }
    }

    private static long PropertySize(string name, object value)
    {
        long valueSize = value switch
        {
            string s => s.Length * 2L + 4,
            byte[] bytes => bytes.Length + 4L,
            BinaryData data => data.ToMemory().Length + 4L,
            DateTime or DateTimeOffset or double or long => 8,
            int or float => 4,
            Guid => 16,
            bool => 1,
            // Anything else (an enum, say) goes over the wire as a string.
            _ => (value.ToString()?.Length ?? 0) * 2L + 4,
        };
        return 8 + name.Length * 2L + valueSize;
    }

    private static string Describe(TableEntity entity) =>
        $"PartitionKey '{Shorten(entity.PartitionKey)}', RowKey '{Shorten(entity.RowKey)}'";

    private static string Shorten(string? value) =>
        value is null ? "(null)"
        : value.Length <= MaxValueInMessage ? value
        : string.Concat(value.AsSpan(0, MaxValueInMessage), $"… ({value.Length} characters)");
}
