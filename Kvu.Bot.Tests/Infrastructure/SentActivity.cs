using System.Text.Json.Nodes;

namespace Kvu.Bot.Tests.Infrastructure;

/// <summary>One activity the bot sent to the (fake) Bot Connector, with what a user would see of it.</summary>
public sealed record SentActivity(string Method, string ConversationId, string? ReplyToId, JsonObject Activity, string Authorization)
{
    public string? Text => Activity["text"]?.GetValue<string>();

    public string Type => Activity["type"]?.GetValue<string>() ?? string.Empty;

    public IEnumerable<JsonObject> Cards =>
        (Activity["attachments"] as JsonArray ?? [])
        .OfType<JsonObject>()
        .Where(a => a["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive")
        .Select(a => a["content"] as JsonObject)
        .OfType<JsonObject>();

    /// <summary>The message's first attachment of <paramref name="contentType"/> (a file consent or file info card), or null.</summary>
    public JsonObject? Attachment(string contentType) =>
        (Activity["attachments"] as JsonArray ?? []).OfType<JsonObject>().FirstOrDefault(a => a["contentType"]?.GetValue<string>() == contentType);

    /// <summary>All text a user reads on the message: its text and every TextBlock, TextRun and fact of its cards.</summary>
    public string VisibleText =>
        string.Join("\n", new[] { Text ?? string.Empty }.Concat(Cards.SelectMany(c => TextBlocks(c))));

    private static IEnumerable<string> TextBlocks(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() is "TextBlock" or "TextRun" => [o["text"]?.GetValue<string>() ?? string.Empty],
        JsonObject o when o["type"]?.GetValue<string>() == "RichTextBlock" => [string.Concat(TextBlocks(o["inlines"]))],
        JsonObject o when o["title"] is JsonValue && o["value"] is JsonValue && o["type"] is null =>
            [$"{o["title"]!.GetValue<string>()} {o["value"]!.GetValue<string>()}"],
        JsonObject o => o.SelectMany(p => TextBlocks(p.Value)),
        JsonArray a => a.SelectMany(TextBlocks),
        _ => [],
    };
}
