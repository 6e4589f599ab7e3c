using System.Globalization;
using System.Text.Json.Nodes;
using Kvu.Bot.Localization;

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
                ["type"] = field.IsDate ? "Input.Date" : "Input.Text",
                ["id"] = field.Id,
                ["label"] = field.Label,
                ["isRequired"] = field.IsRequired,
            };
            if (field.Placeholder is not null)
            {
                input["placeholder"] = field.Placeholder;
            }

            if (field.Value is not null)
            {
                input["value"] = field.Value;
            }

            body.Add(input);
        }

        var actions = new JsonArray();
        foreach (var choice in question.Choices)
        {
            actions.Add(Submit(choice.Label, question.StepId, new JsonObject { ["answer"] = choice.Value }));
        }

        if (question.Fields.Count > 0)
        {
            actions.Add(Submit(BotText.Get(Text.ButtonNext, culture), question.StepId, []));
        }

        actions.Add(Submit(BotText.Get(Text.ButtonBack, culture), question.StepId, new JsonObject { ["command"] = "terug" }, associated: false));
        actions.Add(Submit(BotText.Get(Text.ButtonStop, culture), question.StepId, new JsonObject { ["command"] = "stop" }, associated: false));

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
            // "Terug" and "Stop" must work with required fields left empty.
            action["associatedInputs"] = "none";
        }

        return action;
    }
}
