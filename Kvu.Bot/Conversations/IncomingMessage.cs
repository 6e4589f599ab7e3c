using Microsoft.Bot.Schema;

namespace Kvu.Bot.Conversations;

/// <summary>
/// What the user said: the typed text with the bot's @mention removed (Teams includes it in group chats and
/// channels), cleaned (<see cref="UserText.Clean"/>), and for a card button its data as <see cref="CardData"/> reads
/// it (the button's verb is in there, see <see cref="Flows.CardVerb"/>).
/// </summary>
public sealed record IncomingMessage(string Text, JsonObject? Data)
{
    public static IncomingMessage From(IMessageActivity activity) =>
        new(UserText.Clean(activity.RemoveRecipientMention() ?? activity.Text).Trim(), CardData.Read(activity.Value).Data);
}
