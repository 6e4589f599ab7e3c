namespace Kvu.Bot.Storage;

/// <summary>
/// Someone else wrote first: an update or delete carried an ETag that is no longer current (412),
/// the entity was deleted meanwhile, or an add found the entity already there (409).
/// The caller decides: reload and retry, or tell the user.
/// </summary>
public sealed class StorageConflictException : Exception
{
    public StorageConflictException(string table, string partitionKey, string rowKey, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Table = table;
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    public string Table { get; }

    public string PartitionKey { get; }

    public string RowKey { get; }
}
