using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Kvu.Bot.Conversations;

/// <summary>
/// What the user said, whether typed (with the bot's @mention removed, as Teams includes it in group chats and
/// channels) or sent by a card button as <c>{"command": "..."}</c>.
/// </summary>
public sealed record IncomingMessage(string Text, string? Command)
{
    public static IncomingMessage From(IMessageActivity activity)
    {
        var text = (activity.RemoveRecipientMention() ?? activity.Text ?? string.Empty).Trim();
        var command = (activity.Value as JObject)?["command"]?.Value<string>();
        if (command is null && BotCommands.Synonyms.TryGetValue(text, out var synonym))
        {
            command = synonym;
        }

        return new IncomingMessage(text, command);
    }
}
