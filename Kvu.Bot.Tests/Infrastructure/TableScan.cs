using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Tests.Infrastructure;

/// <summary>
/// Reads every row of every table in a storage account, as someone with Storage Explorer would, to prove what is
/// (not) kept: each key as stored and decoded (per "|"-separated part), every property, and JSON inside properties
/// (also a document split over Json0, Json1, ...) with its strings unescaped, since a stored "\u00e9" hides "é".
/// </summary>
public static class TableScan
{
    /// <summary>Every place any of <paramref name="needles"/> occurs (in any letter case), as "table pk/rk property: needle".</summary>
    public static async Task<IReadOnlyList<string>> FindAsync(string connectionString, params string[] needles)
    {
        var found = new List<string>();
        foreach (var (table, entity) in await RowsAsync(connectionString))
        {
            foreach (var (where, text) in Texts(entity))
            {
                found.AddRange(needles.Where(n => text.Contains(n, StringComparison.OrdinalIgnoreCase))
                    .Select(n => $"{table} {entity.PartitionKey}/{entity.RowKey} {where}: '{n}'"));
            }
        }

        return found;
    }

    /// <summary>Every row of every table with its ETag: two snapshots are equal when nothing was written in between.</summary>
    public static async Task<IReadOnlyList<string>> SnapshotAsync(string connectionString) =>
        [.. (await RowsAsync(connectionString)).Select(r => $"{r.Table} {r.Entity.PartitionKey}/{r.Entity.RowKey} {r.Entity.ETag}").Order(StringComparer.Ordinal)];

    /// <summary>How many rows of each table mention <paramref name="needle"/> anywhere.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> CountAsync(string connectionString, string needle)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (table, entity) in await RowsAsync(connectionString))
        {
            if (Texts(entity).Any(t => t.Text.Contains(needle, StringComparison.OrdinalIgnoreCase)))
            {
                counts[table] = counts.GetValueOrDefault(table) + 1;
            }
        }

        return counts;
    }

    private static async Task<List<(string Table, TableEntity Entity)>> RowsAsync(string connectionString)
    {
        var service = new TableServiceClient(connectionString);
        var rows = new List<(string, TableEntity)>();
        await foreach (var table in service.QueryAsync())
        {
            await foreach (var entity in service.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                rows.Add((table.Name, entity));
            }
        }

        return rows;
    }

    private static IEnumerable<(string Where, string Text)> Texts(TableEntity entity)
    {
        foreach (var (name, key) in new[] { ("PartitionKey", entity.PartitionKey), ("RowKey", entity.RowKey) })
        {
            yield return (name, key);
            foreach (var part in key.Split('|'))
            {
                yield return ($"{name} (decoded)", Decoded(part));
            }
        }

        foreach (var (name, value) in entity.Where(p => !p.Key.StartsWith("odata.", StringComparison.Ordinal) && p.Key is not ("PartitionKey" or "RowKey" or "Timestamp")))
        {
            var text = value switch
            {
                null => string.Empty,
                byte[] bytes => Convert.ToBase64String(bytes),
                BinaryData data => Convert.ToBase64String(data.ToArray()),
                _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
            };
            yield return (name, text);
            foreach (var inner in JsonStrings(text))
            {
                yield return ($"{name} (JSON)", inner);
            }
        }

        // A document split over Json0, Json1, ...: a name may straddle two chunks.
        if (entity.GetInt32("JsonChunks") is int chunks)
        {
            var whole = new StringBuilder();
            for (var i = 0; i < chunks; i++)
            {
                whole.Append(entity.GetString($"Json{i}"));
            }

            yield return ("Json* (joined)", whole.ToString());
            foreach (var inner in JsonStrings(whole.ToString()))
            {
                yield return ("Json* (JSON)", inner);
            }
        }
    }

    private static string Decoded(string part)
    {
        try
        {
            return TableKeys.Decode(part);
        }
        catch (FormatException)
        {
            return part;
        }
    }

    /// <summary>Every string and property name in <paramref name="text"/> when it is JSON.</summary>
    private static IEnumerable<string> JsonStrings(string text)
    {
        var trimmed = text.TrimStart();
        if (!trimmed.StartsWith('{') && !trimmed.StartsWith('['))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            var strings = new List<string>();
            Walk(document.RootElement, strings);
            return strings;
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static void Walk(JsonElement element, List<string> strings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    strings.Add(property.Name);
                    Walk(property.Value, strings);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, strings);
                }

                break;
            case JsonValueKind.String:
                var value = element.GetString() ?? string.Empty;
                strings.Add(value);
                strings.AddRange(JsonStrings(value));
                break;
        }
    }
}
