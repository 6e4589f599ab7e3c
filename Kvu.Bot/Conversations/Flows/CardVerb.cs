namespace Kvu.Bot.Conversations.Flows;

/// <summary>
/// The one card-data key that names what a button does, on Action.Execute (beside its own <c>verb</c>) and on
/// Action.Submit alike, so that a submit is routed by the same verb as an invoke. Cards already in people's chats
/// were written with older keys; those are still read, never written.
/// </summary>
public static class CardVerb
{
    public const string Field = "verb";

    /// <summary>
    /// Keys of cards sent before the verb had one key: the approval cards' Action.Submit fallback (<c>approvalVerb</c>)
    /// and the werkgroep, weekly status, welcome and question cards (<c>command</c>).
    /// </summary>
    private static readonly string[] OlderFields = ["approvalVerb", "command"];

    /// <summary>Every key a verb travels under: the current one first, then the older ones.</summary>
    public static IReadOnlyList<string> Fields { get; } = [Field, .. OlderFields];

    /// <summary>The verb a card's data carries, under the current key or an older one; null when it carries none.</summary>
    public static string? Read(JsonObject? data)
    {
        if (data is null)
        {
            return null;
        }

        foreach (var key in Fields)
        {
            if (data[key] is JsonValue value && value.TryGetValue<string>(out var verb) && !string.IsNullOrWhiteSpace(verb))
            {
                return verb.Trim();
            }
        }

        return null;
    }

    /// <summary>
    /// On a card that is answered by one click (the overview: its next step, a change, a checklist), every button
    /// names the card and what the button does; after the click the router updates that card in place to say what
    /// was chosen (<see cref="AnsweredCard.Chosen"/>), whichever feature owns the verb.
    /// </summary>
    public const string CardTitleField = "cardTitle";
    public const string ChosenField = "chosen";

    /// <summary>Marks <paramref name="data"/> as a button of a card answered by one click (<see cref="ChosenField"/>).</summary>
    public static JsonObject AnswersCard(JsonObject data, string cardTitle, string chosen)
    {
        data[CardTitleField] = cardTitle;
        data[ChosenField] = chosen;
        return data;
    }

    /// <summary>Puts <paramref name="verb"/> in <paramref name="data"/> under <see cref="Field"/> and returns the data.</summary>
    public static JsonObject With(JsonObject data, string verb)
    {
        data[Field] = verb;
        return data;
    }
}
