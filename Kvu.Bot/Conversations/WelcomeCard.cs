using System.Globalization;
using System.Text.Json.Nodes;
using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Conversations;

/// <summary>The first thing a projectleider sees: what Kvu.Bot is for and a button into the help.</summary>
public static class WelcomeCard
{
    public static JsonObject Build(CultureInfo culture) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = "1.5",
        ["body"] = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "TextBlock",
                ["text"] = BotText.Get(Text.WelcomeTitle, culture),
                ["size"] = "Large",
                ["weight"] = "Bolder",
                ["wrap"] = true,
            },
            new JsonObject
            {
                ["type"] = "TextBlock",
                ["text"] = BotText.Get(Text.WelcomeBody, culture),
                ["wrap"] = true,
            },
        },
        ["actions"] = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = BotText.Get(Text.WelcomeStartButton, culture),
                ["style"] = "positive",
                ["data"] = CardVerb.With([], BotCommands.Start),
            },
            new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = BotText.Get(Text.WelcomeHelpButton, culture),
                ["data"] = CardVerb.With([], BotCommands.Help),
            },
        },
    };
}
