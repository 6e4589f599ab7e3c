using System.Text.Json.Nodes;
using Kvu.Bot.Conversations.Flows;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Kvu.Bot.Conversations;

/// <summary>The edge between the SDK's adaptiveCard/action invoke and the SDK-free <see cref="CardInvoke"/> and back.</summary>
public static class CardInvokeInput
{
    public static CardInvoke From(IInvokeActivity activity, AdaptiveCardInvokeValue value, DateTimeOffset now)
    {
        var data = value.Action?.Data switch
        {
            JObject json => JsonNode.Parse(json.ToString(Newtonsoft.Json.Formatting.None)) as JsonObject,
            string text when text.TrimStart().StartsWith('{') => JsonNode.Parse(text) as JsonObject,
            _ => null,
        };
        return new CardInvoke(value.Action?.Verb ?? string.Empty, data ?? [], TurnInput.User(activity), BotText.CultureFor((activity as Activity)?.Locale), now, TurnInput.Conversation(activity));
    }

    /// <summary>Teams replaces the clicked card with this one for the user who clicked (and, through refresh, per user).</summary>
    public static AdaptiveCardInvokeResponse Card(JsonObject card) => new()
    {
        StatusCode = 200,
        Type = CardAttachment.AdaptiveCardContentType,
        Value = JObject.Parse(card.ToJsonString()),
    };
}
