using System.Globalization;
using System.Text.Json.Nodes;

namespace Kvu.Bot.Conversations.Flows;

/// <summary>
/// Renders a <see cref="Question"/> as an Adaptive Card 1.5. Buttons are Action.Submit (a message with value),
/// which works in personal chat, group chats and channels alike; each carries the step id so a click on an old
/// card is recognised. Typed answers are accepted as well, so the card is a convenience, never a requirement.
/// </summary>
public static class QuestionCard
{
    public static JsonObject Build(Question question, CultureInfo culture)
    {
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = question.Title, ["weight"] = "Bolder", ["wrap"] = true },
        };
        if (question.Explanation is not null)
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = question.Explanation, ["wrap"] = true, ["isSubtle"] = true });
        }

        foreach (var field in question.Fields)
        {
            var input = new JsonObject
            {
                ["type"] = field.Options is not null ? "Input.ChoiceSet" : field.IsDate ? "Input.Date" : "Input.Text",
                ["id"] = field.Id,
                ["label"] = field.Label,
                ["isRequired"] = field.IsRequired,
            };
            if (field.Options is not null)
            {
                input["style"] = "compact";
                input["choices"] = new JsonArray([.. field.Options.Select(o => (JsonNode)new JsonObject { ["title"] = o.Label, ["value"] = o.Value })]);
            }

            if (field.Placeholder is not null)
            {
                input["placeholder"] = field.Placeholder;
            }

            if (field.Value is not null)
            {
                input["value"] = field.Value;
            }

            if (field.Options is null && !field.IsDate && field.MaxItems is null)
            {
                // Teams stops typing at this length; the flow checks it again for typed answers and old clients.
                input["maxLength"] = field.MaxLength;
            }

            body.Add(input);
        }

        var actions = new JsonArray();
        if (question.Fields.Count > 0)
        {
            actions.Add(Submit(BotText.Get(Text.ButtonNext, culture), question.StepId, []));
        }

        foreach (var choice in question.Choices)
        {
            // Beside fields, a choice such as "Later" must work with required fields left empty.
            actions.Add(Submit(choice.Label, question.StepId, new JsonObject { ["answer"] = choice.Value }, associated: question.Fields.Count == 0));
        }

        // "Terug" and "Stop" sit in the overflow menu: Teams shows about six buttons, the answers come first.
        foreach (var (label, verb) in new[] { (Text.ButtonBack, FlowRunner.BackVerb), (Text.ButtonStop, FlowRunner.StopVerb) })
        {
            var escape = Submit(BotText.Get(label, culture), question.StepId, CardVerb.With([], verb), associated: false);
            escape["mode"] = "secondary";
            actions.Add(escape);
        }

        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
            ["actions"] = actions,
        };
    }

    private static JsonObject Submit(string title, string stepId, JsonObject data, bool associated = true)
    {
        data[FlowRunner.StepField] = stepId;
        var action = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };
        if (!associated)
        {
            // Must work with required fields left empty.
            action["associatedInputs"] = "none";
        }

        return action;
    }
}
