using System.Text.Json.Nodes;
using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Tests.Formation.Cards;

/// <summary>Reading a card the way a user meets it: the texts they read and the data their clicks send.</summary>
public static class CardJson
{
    public static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, child) in obj)
                {
                    foreach (var inner in Objects(child))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var inner in Objects(child))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    /// <summary>Every text shown: TextBlocks, fact titles and values, button titles.</summary>
    public static IReadOnlyList<string> Texts(JsonNode card) =>
    [
        .. Objects(card).SelectMany(o => new[] { "text", "title", "value" }
            .Select(field => o[field])
            .OfType<JsonValue>()
            .Where(v => v.GetValueKind() == System.Text.Json.JsonValueKind.String)
            .Select(v => v.GetValue<string>())),
    ];

    public static string AllText(JsonNode card) => string.Join("\n", Texts(card));

    /// <summary>The Action.Submit actions, whether buttons or a row's selectAction.</summary>
    public static IReadOnlyList<JsonObject> Submits(JsonNode card) =>
        [.. Objects(card).Where(o => (string?)o["type"] == "Action.Submit")];

    public static JsonObject SubmitTitled(JsonNode card, string title) =>
        Assert.Single(Submits(card), s => (string?)s["title"] == title);

    public static IReadOnlyList<JsonObject> Data(JsonNode card) => [.. Submits(card).Select(s => s["data"]!.AsObject())];

    public static bool HasData(JsonNode card, params (string Field, string Value)[] fields) =>
        Data(card).Any(d => d.Count(p => p.Key is not (CardVerb.CardTitleField or CardVerb.ChosenField)) == fields.Length && fields.All(f => (string?)d[f.Field] == f.Value));

    public static int Utf8Size(JsonNode card) => System.Text.Encoding.UTF8.GetByteCount(card.ToJsonString());
}
