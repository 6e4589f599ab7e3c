namespace Kvu.Bot.Storage;

/// <summary>
/// Rows of one partition that a query asks for: one RowKey, or every RowKey with a prefix. Several of them go into
/// one query (<see cref="GuardedTable.QueryRowsAsync"/>) where each would otherwise cost a request of its own.
/// </summary>
public sealed record RowKeyRange
{
    private RowKeyRange(string from, string? before)
    {
        TableLimits.ValidateKey(from, "RowKey");
        From = from;
        Before = before;
    }

    /// <summary>The first RowKey of the range (the one RowKey of <see cref="Key"/>).</summary>
    public string From { get; }

    /// <summary>The first RowKey after the range; null for a single RowKey.</summary>
    public string? Before { get; }

    public static RowKeyRange Key(string rowKey) => new(rowKey, null);

    // RowKeys sort ordinally, so "prefix <= RowKey < prefix + U+FFFF" is exactly the prefix range.
    public static RowKeyRange Prefix(string prefix) => new(prefix, prefix + '\uffff');

    /// <summary>The last RowKey the range can hold, or the key just after it: an upper bound for the scan.</summary>
    internal string Last => Before ?? From;
}
