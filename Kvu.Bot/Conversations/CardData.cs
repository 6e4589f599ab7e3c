using Newtonsoft.Json.Linq;

namespace Kvu.Bot.Conversations;

/// <summary>
/// The data of a card button as it comes off the wire (Action.Submit's message value, Action.Execute's data), made
/// into what every card the bot sends puts there: one flat object of text fields. Numbers and true/false become
/// text, every text is cleaned (<see cref="UserText.Clean"/>). Anything else (a string, an array, nested objects,
/// more fields than any card has) cannot come from the bot's cards and is unreadable: the caller says so politely
/// and changes nothing, rather than letting a feature fail on it.
/// </summary>
public static class CardData
{
    /// <returns>Readable false for a value of the wrong shape; Data null when there is no value at all.</returns>
    public static (bool Readable, JsonObject? Data) Read(object? value)
    {
        switch (value)
        {
            case null:
                return (true, null);
            case JObject json:
                return Flatten(json.Properties().Select(p => (p.Name, (object?)p.Value)));
            case string text when text.TrimStart().StartsWith('{'):
                // Action.Execute data arrives as a JSON string from some clients.
                try
                {
                    return JObject.Parse(text) is { } parsed ? Read(parsed) : (false, null);
                }
                catch (Newtonsoft.Json.JsonException)
                {
                    return (false, null);
                }

            default:
                return (false, null);
        }
    }

    private static (bool Readable, JsonObject? Data) Flatten(IEnumerable<(string Name, object? Value)> properties)
    {
        var data = new JsonObject();
        foreach (var (name, value) in properties)
        {
            if (data.Count >= InputLimits.CardFields)
            {
                return (false, null);
            }

            switch (value)
            {
                case JValue { Type: JTokenType.Null or JTokenType.Undefined }:
                    break;
                case JValue { Type: JTokenType.String } text:
                    data[name] = UserText.Clean((string?)text);
                    break;
                case JValue { Type: JTokenType.Boolean } flag:
                    data[name] = (bool)flag ? "true" : "false";
                    break;
                case JValue { Type: JTokenType.Integer or JTokenType.Float or JTokenType.Guid or JTokenType.Uri or JTokenType.TimeSpan } scalar:
                    data[name] = UserText.Clean(Convert.ToString(scalar.Value, CultureInfo.InvariantCulture));
                    break;
                case JValue { Type: JTokenType.Date } date:
                    // The SDK's reader turns ISO date strings into dates: back to the round-trip text the card sent.
                    data[name] = date.Value switch
                    {
                        DateTimeOffset offset => offset.ToString("O", CultureInfo.InvariantCulture),
                        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
                        var other => Convert.ToString(other, CultureInfo.InvariantCulture),
                    };
                    break;
                default:
                    return (false, null);
            }
        }

        return (true, data);
    }
}
