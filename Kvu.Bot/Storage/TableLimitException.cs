namespace Kvu.Bot.Storage;

/// <summary>
/// A write would break one of Azure Table storage's limits. Thrown before anything is sent, because
/// Azurite accepts some of these writes that Azure would reject in production.
/// </summary>
public sealed class TableLimitException : Exception
{
    public TableLimitException(string limit, string message)
        : base(message)
    {
        Limit = limit;
    }

    /// <summary>Short name of the limit, e.g. "entity size" or "transaction partition".</summary>
    public string Limit { get; }
}
