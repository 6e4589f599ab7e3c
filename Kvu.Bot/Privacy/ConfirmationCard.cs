using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Privacy;

/// <summary>"Are you sure?" before something that cannot be undone: a title, what will happen, and two buttons.</summary>
public static class ConfirmationCard
{
    public static JsonObject Build(string title, string body, string confirm, JsonObject confirmData, string cancel) =>
        AdaptiveCard.Create(
            [CardElements.Title(title), CardElements.Text(body)],
            [
                CardActions.Submit(confirm, confirmData, ActionStyle.Destructive),
                CardActions.Submit(cancel, CardVerb.With([], PrivacyCommands.CancelVerb)),
            ]);
}
