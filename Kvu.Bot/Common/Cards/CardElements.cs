namespace Kvu.Bot.Common.Cards;

/// <summary>
/// The elements the bot's cards are made of. Compact by design (FactSet, ColumnSet, small spacing, no images):
/// a werkgroep of 25 must fit in one Teams message.
/// </summary>
public static class CardElements
{
    /// <summary>A TextBlock that wraps; the rest is only written when set, so the host's defaults apply.</summary>
    public static JsonObject Text(string text, bool subtle = false, TextWeight? weight = null, TextColor? color = null, TextSize? size = null, Spacing? spacing = null, bool separator = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (spacing is { } s)
        {
            block["spacing"] = CardNames.Pascal(s);
        }

        Look(block, subtle, weight, color);
        if (size is { } z)
        {
            block["size"] = CardNames.Pascal(z);
        }

        if (separator)
        {
            block["separator"] = true;
        }

        return block;
    }

    public static JsonObject Title(string text) => Text(text, weight: TextWeight.Bolder, size: TextSize.Medium, spacing: Spacing.None);

    /// <summary>The start of a part of a card: bold, with a line above it.</summary>
    public static JsonObject Heading(string text) => Text(text, weight: TextWeight.Bolder, spacing: Spacing.Medium, separator: true);

    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts, Spacing? spacing = Spacing.Small)
    {
        var set = new JsonObject { ["type"] = "FactSet" };
        if (spacing is { } s)
        {
            set["spacing"] = CardNames.Pascal(s);
        }

        set["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]);
        return set;
    }

    /// <summary>One line of differently styled runs, e.g. a name in bold followed by a coloured status. A RichTextBlock always wraps.</summary>
    public static JsonObject Runs(params JsonObject[] runs) => new()
    {
        ["type"] = "RichTextBlock",
        ["inlines"] = new JsonArray([.. runs]),
    };

    public static JsonObject Run(string text, TextWeight? weight = null, TextColor? color = null, bool subtle = false)
    {
        var run = new JsonObject { ["type"] = "TextRun", ["text"] = text };
        Look(run, subtle, weight, color);
        return run;
    }

    /// <summary>How a TextBlock or a TextRun looks: each setting only written when set, so the host's defaults apply.</summary>
    private static void Look(JsonObject text, bool subtle, TextWeight? weight, TextColor? color)
    {
        if (subtle)
        {
            text["isSubtle"] = true;
        }

        if (weight is { } w)
        {
            text["weight"] = CardNames.Pascal(w);
        }

        if (color is { } c)
        {
            text["color"] = CardNames.Pascal(c);
        }
    }

    /// <summary>Sets the space above an element built elsewhere (a RichTextBlock, an input).</summary>
    public static JsonObject Spaced(JsonObject element, Spacing spacing)
    {
        element["spacing"] = CardNames.Pascal(spacing);
        return element;
    }

    public static JsonObject ActionSet(IEnumerable<JsonObject> actions, Spacing? spacing = Spacing.Small)
    {
        var set = new JsonObject { ["type"] = "ActionSet" };
        if (spacing is { } s)
        {
            set["spacing"] = CardNames.Pascal(s);
        }

        set["actions"] = new JsonArray([.. actions]);
        return set;
    }

    /// <param name="selectAction">Makes the whole container tappable (<see cref="CardActions.Select"/>).</param>
    public static JsonObject Container(JsonArray items, Spacing? spacing = null, bool separator = false, JsonObject? selectAction = null, ContainerStyle? style = null)
    {
        var container = new JsonObject { ["type"] = "Container" };
        if (spacing is { } s)
        {
            container["spacing"] = CardNames.Pascal(s);
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

        if (style is { } look)
        {
            container["style"] = CardNames.Camel(look);
        }

        return container;
    }

    public static JsonObject Columns(params JsonObject[] columns) => new()
    {
        ["type"] = "ColumnSet",
        ["spacing"] = CardNames.Pascal(Spacing.Small),
        ["columns"] = new JsonArray([.. columns]),
    };

    /// <summary>A column whose content is centred vertically, so a short status lines up with a longer name.</summary>
    public static JsonObject Column(ColumnWidth width, params JsonObject[] items) => new()
    {
        ["type"] = "Column",
        ["width"] = CardNames.Camel(width),
        ["verticalContentAlignment"] = "Center",
        ["items"] = new JsonArray([.. items]),
    };
}
