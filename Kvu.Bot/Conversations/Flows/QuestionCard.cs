namespace Kvu.Bot.Conversations.Flows;

/// <summary>
/// Renders a <see cref="Question"/> as an Adaptive Card. Buttons are Action.Submit (a message with value),
/// which works in personal chat, group chats and channels alike; each carries the step id so a click on an old
/// card is recognised. Typed answers are accepted as well, so the card is a convenience, never a requirement.
/// </summary>
public static class QuestionCard
{
    public static JsonObject Build(Question question, CultureInfo culture)
    {
        var body = new JsonArray { CardElements.Text(question.Title, weight: TextWeight.Bolder) };
        if (question.Explanation is not null)
        {
            body.Add(CardElements.Text(question.Explanation, subtle: true));
        }

        foreach (var field in question.Fields)
        {
            var missing = field.IsRequired ? InputText.Format(InputText.Required, culture, field.Label) : null;
            body.Add(field.Options is not null
                ? CardInputs.Choices(field.Id, field.Label, field.Options.Select(o => (o.Label, o.Value)), ChoiceInputStyle.Compact, field.IsRequired, field.Placeholder, field.Value, missing)
                : field.IsDate
                    ? CardInputs.Date(field.Id, field.Label, field.IsRequired, field.Placeholder, field.Value, missing)
                    : CardInputs.Text(field.Id, field.Label, field.IsRequired, field.Placeholder, field.Value,
                        maxLength: field.MaxItems is null ? field.MaxLength : null, errorMessage: missing));
        }

        var actions = new JsonArray();
        if (question.Fields.Count > 0)
        {
            actions.Add(Submit(BotText.Get(ConversationText.ButtonNext, culture), question.StepId, []));
        }

        foreach (var choice in question.Choices)
        {
            // Beside fields, a choice such as "Later" must work with required fields left empty.
            actions.Add(Submit(choice.Label, question.StepId, new JsonObject { ["answer"] = choice.Value }, associated: question.Fields.Count == 0));
        }

        // "Terug" and "Stop" sit in the overflow menu: Teams shows about six buttons, the answers come first.
        foreach (var (label, verb) in new[] { (ConversationText.ButtonBack, FlowRunner.BackVerb), (ConversationText.ButtonStop, FlowRunner.StopVerb) })
        {
            actions.Add(Submit(BotText.Get(label, culture), question.StepId, CardVerb.With([], verb), associated: false, ActionMode.Secondary));
        }

        return AdaptiveCard.Create(body, actions);
    }

    private static JsonObject Submit(string title, string stepId, JsonObject data, bool associated = true, ActionMode? mode = null)
    {
        data[FlowRunner.StepField] = stepId;
        return CardActions.Submit(title, data, mode: mode, associatedInputs: associated);
    }
}
