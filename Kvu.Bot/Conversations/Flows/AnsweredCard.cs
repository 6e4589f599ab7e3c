namespace Kvu.Bot.Conversations.Flows;

/// <summary>
/// What a question card becomes once it is answered: its question and what was chosen, without inputs or buttons,
/// so an old card in the chat no longer invites a click. Built from the question card itself, so every flow gets it.
/// </summary>
public static class AnsweredCard
{
    public static JsonObject From(JsonObject question, FlowInput input)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(input);
        var title = (question["body"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(e => (string?)e["text"])
            .FirstOrDefault(t => !string.IsNullOrEmpty(t)) ?? string.Empty;

        // The button whose answer was sent names the choice; fields filled in are simply "answered".
        var answer = input.Field("answer");
        var chosen = answer is null ? null : (question["actions"] as JsonArray ?? []).OfType<JsonObject>()
            .FirstOrDefault(a => a["data"] is JsonObject data && (string?)data["answer"] == answer)?["title"]?.GetValue<string>();
        var said = chosen is null ? BotText.Get(ConversationText.Answered, input.Culture) : BotText.Format(ConversationText.AnsweredWith, input.Culture, chosen);
        return AdaptiveCard.Create(
        [
            CardElements.Text(title, weight: TextWeight.Bolder),
            CardElements.Text(said, color: TextColor.Good, spacing: Spacing.Small),
        ]);
    }

    /// <summary>A card answered by one click (<see cref="CardVerb.AnswersCard"/>): its title, if it named one, and which button was clicked.</summary>
    public static JsonObject Chosen(string? title, string chosen, CultureInfo culture)
    {
        var said = CardElements.Text(BotText.Format(ConversationText.Chosen, culture, chosen), color: TextColor.Good, spacing: Spacing.Small);
        return AdaptiveCard.Create(string.IsNullOrEmpty(title) ? [said] : [CardElements.Text(title, weight: TextWeight.Bolder), said]);
    }
}
