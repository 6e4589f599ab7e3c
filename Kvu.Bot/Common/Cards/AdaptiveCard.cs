namespace Kvu.Bot.Common.Cards;

/// <summary>
/// The card itself. Teams renders Adaptive Cards up to schema 1.5 (Universal Actions, refresh) and refuses a
/// message over 28 KB, card included; every card of the bot is built here, so the version is set in one place.
/// </summary>
public static class AdaptiveCard
{
    public const string Version = "1.5";

    public const string Schema = "http://adaptivecards.io/schemas/adaptive-card.json";

    public static JsonObject Create(JsonArray body, JsonArray? actions = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = Schema,
            ["version"] = Version,
            ["body"] = body,
        };
        if (actions is { Count: > 0 })
        {
            card["actions"] = actions;
        }

        return card;
    }

    /// <summary>
    /// A card of one bold sentence, for a card answered in place when there is nothing to show but why: the click was
    /// not the user's to make, or what the card was about is gone.
    /// </summary>
    public static JsonObject Notice(string text) => Create([CardElements.Text(text, weight: TextWeight.Bolder)]);

    /// <summary>The card an Action.ShowCard opens inside its parent.</summary>
    public static JsonObject Nested(JsonArray body) => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = Version,
        ["body"] = body,
    };

    /// <summary>
    /// Universal Actions: Teams sends <paramref name="verb"/> for each listed user (at most 60) when they open the
    /// conversation, and shows that user the card the bot answers with.
    /// </summary>
    public static JsonObject WithRefresh(JsonObject card, string verb, JsonObject data, IEnumerable<string> userIds)
    {
        card["refresh"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["userIds"] = new JsonArray([.. userIds.Select(id => JsonValue.Create(id))]),
        };
        return card;
    }
}
