namespace Kvu.Bot.Storage;

/// <summary>
/// A JSON document in one entity. Azure caps a string property at 64 KiB (32K UTF-16 characters), so a large
/// document is split over properties Json0, Json1, ...; TableLimits then checks that the whole still fits in one
/// 1 MiB entity (about 500,000 characters). One entity means one read and one conditional write per change.
/// </summary>
internal static class JsonChunks
{
    internal const string CountProperty = "JsonChunks";
    internal const string PropertyPrefix = "Json";

    public static void Write(TableEntity entity, string json)
    {
        var chunkCount = Math.Max(1, (json.Length + TableLimits.MaxStringPropertyChars - 1) / TableLimits.MaxStringPropertyChars);
        entity[CountProperty] = chunkCount;
        for (var i = 0; i < chunkCount; i++)
        {
            var start = i * TableLimits.MaxStringPropertyChars;
            entity[PropertyPrefix + i] = json.Substring(start, Math.Min(TableLimits.MaxStringPropertyChars, json.Length - start));
        }
    }

    public static string Read(TableEntity entity, string tableName)
    {
        var count = entity.GetInt32(CountProperty)
            ?? throw new InvalidOperationException($"Entity '{entity.PartitionKey}'/'{entity.RowKey}' in table {tableName} has no {CountProperty}.");
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Append(entity.GetString(PropertyPrefix + i)
                ?? throw new InvalidOperationException($"Entity '{entity.PartitionKey}'/'{entity.RowKey}' in table {tableName} misses {PropertyPrefix}{i}."));
        }

        return builder.ToString();
    }
}
