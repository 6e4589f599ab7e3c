using Kvu.Bot.Conversations.Flows;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Kvu.Bot.Conversations;

/// <summary>
/// Decides, before any state is read, whether a message is for the bot and whether it can be read at all.
/// With the RSC permission to read channel messages Teams delivers every message posted in the team's channels
/// (and of a group chat with its chat permission), so in a channel or group chat the bot takes only a message that
/// @mentions it or a click on one of its own cards; everything else passes silently, without a reply or a write.
/// In a personal chat everything is for the bot. A message too long for any command, or a card value of a shape the
/// bot's cards never send, gets a polite answer and changes nothing.
/// </summary>
public sealed class MessageGate
{
    public MessageGateResult Check(IMessageActivity activity)
    {
        if (!IsForBot(activity))
        {
            return MessageGateResult.Ignore;
        }

        var culture = BotText.CultureFor(activity.Locale);
        if (!CardData.Read(activity.Value).Readable)
        {
            return MessageGateResult.Refuse(InputText.Get(InputText.CardUnreadable, culture));
        }

        return InputLimits.Length(activity.Text, InputLimits.Message, InputText.Get(InputText.Field_Message, culture)) is { } tooLong
            ? MessageGateResult.Refuse(tooLong.Message(culture))
            : MessageGateResult.Take;
    }

    private static bool IsForBot(IMessageActivity activity)
    {
        var conversation = activity.Conversation;
        var shared = conversation?.ConversationType is "channel" or "groupChat" || conversation?.IsGroup == true;
        if (!shared)
        {
            return true;
        }

        var bot = activity.Recipient?.Id;
        if (!string.IsNullOrEmpty(bot) && activity.GetMentions().Any(m => string.Equals(m.Mentioned?.Id, bot, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        // A click on an Action.Submit of the bot's own cards: its data carries a verb (under any key the bot's cards
        // ever used) or, on a question card, the step it belongs to.
        return activity.Value is JObject data && data.Properties().Any(p => CardVerb.Fields.Contains(p.Name) || p.Name == FlowRunner.StepField);
    }
}
