using Kvu.Bot.Conversations.Flows;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Kvu.Bot.Conversations;

/// <summary>The edge between the SDK's adaptiveCard/action invoke and the SDK-free <see cref="CardInvoke"/> and back.</summary>
public static class CardInvokeInput
{
    public static CardInvoke From(IInvokeActivity activity, AdaptiveCardInvokeValue value, DateTimeOffset now)
    {
        // Data of another shape than the bot's cards send reads as none: every feature then answers "not found".
        var data = CardData.Read(value.Action?.Data).Data;
        return new CardInvoke(value.Action?.Verb ?? string.Empty, data ?? [], TurnInput.User(activity), BotText.CultureFor((activity as Activity)?.Locale), now, TurnInput.Conversation(activity));
    }

    /// <summary>The error answer of the Universal Actions protocol: Teams shows its message instead of a card.</summary>
    public static AdaptiveCardInvokeResponse Error(System.Net.HttpStatusCode status, string message) => new()
    {
        StatusCode = (int)status,
        Type = "application/vnd.microsoft.error",
        Value = new Microsoft.Bot.Schema.Error { Code = status.ToString(), Message = message },
    };

    /// <summary>Teams replaces the clicked card with this one for the user who clicked (and, through refresh, per user).</summary>
    public static AdaptiveCardInvokeResponse Card(JsonObject card) => new()
    {
        StatusCode = 200,
        Type = CardAttachment.AdaptiveCardContentType,
        Value = JObject.Parse(card.ToJsonString()),
    };

    /// <summary>Universal Actions: Teams shows this text to the user who clicked and leaves the card as it was.</summary>
    public static AdaptiveCardInvokeResponse Message(string text) => new()
    {
        StatusCode = 200,
        Type = "application/vnd.microsoft.activity.message",
        Value = text,
    };
}
