using Kvu.Bot.Storage.PersonalData;

namespace Kvu.Bot.Privacy;

/// <summary>
/// The export of one person's data as one JSON document (AVG art. 15 and 20: machine-readable): who she is known as,
/// where was looked, and per table every row (or part of a row) kept about her with its keys and her fields. Every
/// table appears, empty when nothing of her is in it, so the reader sees that it was looked at.
/// </summary>
public static class PersonalDataExport
{
    public const string Format = "kvu-bot-personal-data/1";

    /// <param name="others">Names, addresses and ids of everyone else in the scope: left out of her fields (<see cref="PersonalText.Redacted"/>).</param>
    public static JsonObject Build(DataSubject subject, PersonalDataScope scope, IReadOnlyList<string> tables, IReadOnlyList<PersonalRecord> records, IReadOnlyList<string> others, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(scope);
        var byTable = new JsonObject();
        Func<string, string> redact = others.Count == 0 ? text => text : PersonalText.Redaction(subject, others);
        foreach (var table in tables.Concat(records.Select(r => r.Table)).Distinct(StringComparer.Ordinal))
        {
            byTable[table] = new JsonArray([.. records.Where(r => r.Table == table).Select(r => (JsonNode)new JsonObject
            {
                ["partitionKey"] = r.PartitionKey,
                ["rowKey"] = r.RowKey,
                ["kind"] = r.Kind,
                ["fields"] = Redact(r.Fields.DeepClone(), redact),
            })]);
        }

        return new JsonObject
        {
            ["format"] = Format,
            ["exportedAt"] = now,
            ["tenantId"] = scope.TenantId,
            ["scope"] = new JsonObject
            {
                ["wholeTenant"] = scope.WholeTenant,
                ["projects"] = new JsonArray([.. scope.ProjectIds.Select(p => JsonValue.Create(p))]),
            },
            ["person"] = new JsonObject
            {
                ["names"] = Array(subject.Names),
                ["emails"] = Array(subject.Emails),
                ["aadObjectIds"] = Array(subject.AadObjectIds),
                ["conversationIds"] = Array(subject.ConversationIds),
            },
            ["tables"] = byTable,
        };
    }

    /// <summary>How many records each table holds, for the erasure's confirmation card.</summary>
    public static IReadOnlyDictionary<string, int> Counts(JsonObject export) =>
        (export["tables"] as JsonObject ?? [])
            .Where(t => t.Value is JsonArray { Count: > 0 })
            .ToDictionary(t => t.Key, t => ((JsonArray)t.Value!).Count, StringComparer.Ordinal);

    /// <summary>Every text in <paramref name="node"/> with other people's names, addresses and ids left out.</summary>
    private static JsonNode? Redact(JsonNode? node, Func<string, string> redact)
    {
        switch (node)
        {
            case JsonObject json:
                foreach (var property in json.ToList())
                {
                    json[property.Key] = Redact(property.Value?.DeepClone(), redact);
                }

                return json;
            case JsonArray array:
                return new JsonArray([.. array.Select(item => Redact(item?.DeepClone(), redact))]);
            case JsonValue value when value.TryGetValue<string>(out var text):
                return JsonValue.Create(redact(text));
            default:
                return node;
        }
    }

    private static JsonArray Array(IEnumerable<string> values) => new([.. values.Select(v => JsonValue.Create(v))]);
}
