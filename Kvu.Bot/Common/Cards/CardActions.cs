namespace Kvu.Bot.Common.Cards;

/// <summary>
/// Buttons. Action.Submit arrives as a message with a value, which works in personal chats, group chats and
/// channels alike; Action.Execute (Universal Actions) arrives as an invoke the bot answers with a new card.
/// </summary>
public static class CardActions
{
    /// <param name="associatedInputs">false: the button works with required fields left empty (the inputs are not sent).</param>
    public static JsonObject Submit(string title, JsonObject data, ActionStyle? style = null, ActionMode? mode = null, bool associatedInputs = true)
    {
        var action = new JsonObject { ["type"] = "Action.Submit", ["title"] = title };
        if (style is { } s)
        {
            action["style"] = CardNames.Camel(s);
        }

        action["data"] = data;
        if (!associatedInputs)
        {
            action["associatedInputs"] = "none";
        }

        if (mode is { } m)
        {
            action["mode"] = CardNames.Camel(m);
        }

        return action;
    }

    /// <summary>For a tappable row: the row itself is what the user sees, so the action needs no title.</summary>
    public static JsonObject Select(JsonObject data) => new()
    {
        ["type"] = "Action.Submit",
        ["data"] = data,
    };

    /// <summary>
    /// An Action.Execute with an Action.Submit fallback for clients without Universal Actions. Both carry the verb
    /// in their data under <paramref name="verbField"/> as well, so a click is routed the same way either way.
    /// </summary>
    public static JsonObject Execute(string title, string verb, JsonObject data, string verbField, ActionStyle? style = null)
    {
        var withVerb = (JsonObject)data.DeepClone();
        withVerb[verbField] = verb;
        var action = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = verb,
            ["data"] = withVerb.DeepClone(),
            ["fallback"] = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = withVerb },
        };
        if (style is { } s)
        {
            action["style"] = CardNames.Camel(s);
        }

        return action;
    }

    public static JsonObject OpenUrl(string title, string url) => new()
    {
        ["type"] = "Action.OpenUrl",
        ["title"] = title,
        ["url"] = url,
    };

    /// <summary>A button that opens <paramref name="card"/> (<see cref="AdaptiveCard.Nested"/>) under the card, without a round trip.</summary>
    public static JsonObject ShowCard(string title, JsonObject card) => new()
    {
        ["type"] = "Action.ShowCard",
        ["title"] = title,
        ["card"] = card,
    };
}
