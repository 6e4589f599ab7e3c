using System.Globalization;
using System.Text.Json.Nodes;
using Kvu.Bot.Common;
using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Formation.Cards;

// Small building blocks shared by the werkgroep cards. Adaptive Cards in Teams: schema up to 1.5, and a message
// (card included) must stay under 28 KB, so the cards use compact elements (FactSet, ColumnSet, spacing Small)
// and no images.
internal static class CardParts
{
    public const string CardVersion = "1.5";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    // Texts fall back to Dutch (the neutral resources) for every non-English culture; dates must match them.
    public static CultureInfo FormatCulture(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" ? culture : Dutch;

    public static JsonObject Card(JsonArray body, JsonArray? actions = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = CardVersion,
            ["body"] = body,
        };
        if (actions is { Count: > 0 })
        {
            card["actions"] = actions;
        }

        return card;
    }

    public static JsonObject Text(string text, bool subtle = false, bool bold = false, string? color = null, string? size = null, string? spacing = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (spacing is not null)
        {
            block["spacing"] = spacing;
        }

        if (subtle)
        {
            block["isSubtle"] = true;
        }

        if (bold)
        {
            block["weight"] = "Bolder";
        }

        if (color is not null)
        {
            block["color"] = color;
        }

        if (size is not null)
        {
            block["size"] = size;
        }

        return block;
    }

    public static JsonObject Title(string text) => Text(text, bold: true, size: "Medium", spacing: "None");

    public static JsonObject Heading(string text) => new()
    {
        ["type"] = "TextBlock",
        ["text"] = text,
        ["wrap"] = true,
        ["weight"] = "Bolder",
        ["spacing"] = "Medium",
        ["separator"] = true,
    };

    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["spacing"] = "Small",
        ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]),
    };

    // One line of differently styled runs, e.g. a name in bold followed by a coloured status. A RichTextBlock always wraps.
    public static JsonObject Runs(params JsonObject[] runs) => new()
    {
        ["type"] = "RichTextBlock",
        ["inlines"] = new JsonArray([.. runs]),
    };

    public static JsonObject Run(string text, bool bold = false, string? color = null, bool subtle = false)
    {
        var run = new JsonObject { ["type"] = "TextRun", ["text"] = text };
        if (subtle)
        {
            run["isSubtle"] = true;
        }

        if (bold)
        {
            run["weight"] = "Bolder";
        }

        if (color is not null)
        {
            run["color"] = color;
        }

        return run;
    }

    public static JsonObject Submit(string title, JsonObject data) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = data,
    };

    // For a tappable row: the row itself is what the user sees, so the action needs no title.
    public static JsonObject SelectAction(JsonObject data) => new()
    {
        ["type"] = "Action.Submit",
        ["data"] = data,
    };

    public static JsonObject Data(string verb, params (string Field, string Value)[] fields)
    {
        var data = CardVerb.With([], verb);
        foreach (var (field, value) in fields)
        {
            data[field] = value;
        }

        return data;
    }

    public static JsonObject ActionSet(IEnumerable<JsonObject> actions, string? spacing = "Small")
    {
        var set = new JsonObject { ["type"] = "ActionSet" };
        if (spacing is not null)
        {
            set["spacing"] = spacing;
        }

        set["actions"] = new JsonArray([.. actions]);
        return set;
    }

    public static JsonObject Container(JsonArray items, string? spacing = null, bool separator = false, JsonObject? selectAction = null)
    {
        var container = new JsonObject { ["type"] = "Container" };
        if (spacing is not null)
        {
            container["spacing"] = spacing;
        }

        container["items"] = items;
        if (separator)
        {
            container["separator"] = true;
        }

        if (selectAction is not null)
        {
            container["selectAction"] = selectAction;
        }

        return container;
    }

    public static JsonObject Columns(params JsonObject[] columns) => new()
    {
        ["type"] = "ColumnSet",
        ["spacing"] = "Small",
        ["columns"] = new JsonArray([.. columns]),
    };

    public static JsonObject Column(string width, params JsonObject[] items) => new()
    {
        ["type"] = "Column",
        ["width"] = width,
        ["verticalContentAlignment"] = "Center",
        ["items"] = new JsonArray([.. items]),
    };

    public static string Date(DateOnly date, CultureInfo culture) =>
        date.ToString("d MMMM yyyy", FormatCulture(culture));

    // Moments are stored with an offset; the users are in the Netherlands, so show the Dutch calendar date.
    public static string Date(DateTimeOffset at, CultureInfo culture) =>
        Date(DutchTime.Date(at), culture);
}
