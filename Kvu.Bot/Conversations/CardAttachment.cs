using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Kvu.Bot.Conversations;

/// <summary>
/// The edge between card builders (pure functions producing System.Text.Json) and the Bot Framework, which
/// serialises attachments with Newtonsoft. There is no AdaptiveCards package here: a card is its JSON.
/// </summary>
public static class CardAttachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public static Attachment From(JsonObject card) => new()
    {
        ContentType = AdaptiveCardContentType,
        Content = JObject.Parse(card.ToJsonString()),
    };

    /// <summary>Another kind of attachment (a file consent card, a file info card) as its JSON.</summary>
    public static Attachment From(Flows.ReplyAttachment attachment) => new()
    {
        ContentType = attachment.ContentType,
        Name = attachment.Name,
        ContentUrl = attachment.ContentUrl,
        Content = attachment.Content is null ? null : JObject.Parse(attachment.Content.ToJsonString()),
    };
}
