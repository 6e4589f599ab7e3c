using System.Text.Json.Nodes;
using Kvu.Bot.Common;
using Microsoft.Bot.Schema;

namespace Kvu.Bot.Conversations;

/// <summary>
/// What the user said, whether typed (with the bot's @mention removed, as Teams includes it in group chats and
/// channels) or sent by a card button as <c>{"command": "..."}</c>; cleaned (<see cref="UserText.Clean"/>), with the
/// card's data as <see cref="CardData"/> reads it.
/// </summary>
public sealed record IncomingMessage(string Text, string? Command, JsonObject? Data)
{
    public static IncomingMessage From(IMessageActivity activity)
    {
        var text = UserText.Clean(activity.RemoveRecipientMention() ?? activity.Text).Trim();
        var data = CardData.Read(activity.Value).Data;
        var command = data?[BotCommands.CommandField]?.GetValue<string>();
        if (command is null && BotCommands.Synonyms.TryGetValue(text, out var synonym))
        {
            command = synonym;
        }

        return new IncomingMessage(text, command, data);
    }
}
