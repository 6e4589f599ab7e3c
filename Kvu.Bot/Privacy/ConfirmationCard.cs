using System.Text.Json.Nodes;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation.Cards;

namespace Kvu.Bot.Privacy;

/// <summary>"Are you sure?" before something that cannot be undone: a title, what will happen, and two buttons.</summary>
public static class ConfirmationCard
{
    public static JsonObject Build(string title, string body, string confirm, JsonObject confirmData, string cancel) =>
        CardParts.Card(
            [CardParts.Title(title), CardParts.Text(body)],
            [
                Destructive(CardParts.Submit(confirm, confirmData)),
                CardParts.Submit(cancel, CardVerb.With([], PrivacyCommands.CancelVerb)),
            ]);

    private static JsonObject Destructive(JsonObject action)
    {
        action["style"] = "destructive";
        return action;
    }
}
