namespace Kvu.Bot.Common.Cards;

/// <summary>
/// Inputs; their values come back in the action's data under <c>id</c>. Every input has a label: Teams reads it
/// out to screen readers and shows it above the field. A required input says what is missing under it
/// (<c>errorMessage</c>) when the user clicks on without it; without one, Teams only moves the focus there.
/// </summary>
public static class CardInputs
{
    public static JsonObject Text(string id, string label, bool? required = null, string? placeholder = null, string? value = null,
        int? maxLength = null, bool multiline = false, TextInputStyle? style = null, string? errorMessage = null)
    {
        var input = Input("Input.Text", id, label, required, errorMessage);
        if (style is { } s)
        {
            input["style"] = CardNames.Camel(s);
        }

        if (multiline)
        {
            input["isMultiline"] = true;
        }

        if (maxLength is { } max)
        {
            input["maxLength"] = max;
        }

        return WithPlaceholderAndValue(input, placeholder, value);
    }

    public static JsonObject Date(string id, string label, bool? required = null, string? placeholder = null, string? value = null, string? errorMessage = null) =>
        WithPlaceholderAndValue(Input("Input.Date", id, label, required, errorMessage), placeholder, value);

    public static JsonObject Choices(string id, string label, IEnumerable<(string Title, string Value)> choices, ChoiceInputStyle style,
        bool? required = null, string? placeholder = null, string? value = null, string? errorMessage = null)
    {
        var input = Input("Input.ChoiceSet", id, label, required, errorMessage);
        input["style"] = CardNames.Camel(style);
        input["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value })]);
        return WithPlaceholderAndValue(input, placeholder, value);
    }

    /// <summary>A value to fill an input with again, as the user sent it: none when blank, so the input shows its placeholder.</summary>
    public static string? Prefill(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>
    /// What is wrong with the input above it, in red and close under it. The bot judges a form's fields itself (Teams'
    /// own "required" says nothing more), so a card answered in place shows each problem where it arose.
    /// </summary>
    public static JsonObject Problem(string text) => CardElements.Text(text, color: TextColor.Attention, size: TextSize.Small, spacing: Spacing.None);

    /// <summary>A check box whose value is "true" or "false".</summary>
    public static JsonObject Toggle(string id, string title) => new()
    {
        ["type"] = "Input.Toggle",
        ["id"] = id,
        ["title"] = title,
        ["valueOn"] = "true",
        ["valueOff"] = "false",
        ["wrap"] = true,
    };

    private static JsonObject Input(string type, string id, string label, bool? required, string? errorMessage)
    {
        var input = new JsonObject { ["type"] = type, ["id"] = id, ["label"] = label };
        if (required is { } isRequired)
        {
            input["isRequired"] = isRequired;
        }

        if (required is true && errorMessage is not null)
        {
            input["errorMessage"] = errorMessage;
        }

        return input;
    }

    private static JsonObject WithPlaceholderAndValue(JsonObject input, string? placeholder, string? value)
    {
        if (placeholder is not null)
        {
            input["placeholder"] = placeholder;
        }

        if (value is not null)
        {
            input["value"] = value;
        }

        return input;
    }
}
