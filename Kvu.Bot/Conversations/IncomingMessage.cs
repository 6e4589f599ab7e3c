using Microsoft.Bot.Schema;

namespace Kvu.Bot.Conversations;

/// <summary>
/// What the user typed, with the bot's @mention removed (Teams includes it in group chats and channels). A card
/// submit's data is read apart from it (<see cref="TurnInput"/>).
/// </summary>
public sealed record IncomingMessage(string Text)
{
    public static IncomingMessage From(IMessageActivity activity) =>
        new((activity.RemoveRecipientMention() ?? activity.Text ?? string.Empty).Trim());
}
