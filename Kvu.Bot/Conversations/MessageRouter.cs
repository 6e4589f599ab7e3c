using System.Globalization;
using Kvu.Bot.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Kvu.Bot.Conversations;

/// <summary>Sends a message to the feature it asks for. Features add their commands here; nothing else lives here.</summary>
public sealed class MessageRouter
{
    public async Task RouteAsync(ITurnContext<IMessageActivity> turn, ConversationData data, CancellationToken cancellationToken)
    {
        var culture = BotText.CultureFor(turn.Activity.Locale);
        var message = IncomingMessage.From(turn.Activity);

        switch (message.Command)
        {
            case BotCommands.Help:
                await turn.SendActivityAsync(HelpText.Build(culture), cancellationToken: cancellationToken);
                return;
        }

        if (message.Text.Length == 0)
        {
            // Only an @mention, or an empty card submit: the most useful answer is what the bot can do.
            await turn.SendActivityAsync(HelpText.Build(culture), cancellationToken: cancellationToken);
            return;
        }

        await turn.SendActivityAsync(BotText.Format(Text.NotUnderstood, culture, Shorten(message.Text)), cancellationToken: cancellationToken);
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
}
