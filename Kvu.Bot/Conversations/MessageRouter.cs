using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Kvu.Bot.Conversations;

/// <summary>Sends a message to the feature it asks for. Features add their handling here; nothing else lives here.</summary>
public sealed class MessageRouter(IEnumerable<IMessageFeature> features, TimeProvider clock, ILogger<MessageRouter> logger)
{
    public async Task RouteAsync(ITurnContext<IMessageActivity> turn, ConversationData data, CancellationToken cancellationToken)
    {
        var input = TurnInput.From(turn.Activity, clock.GetUtcNow(), new TeamsRoster(turn, logger));
        var user = data.For(input.User.Key);
        var culture = input.Culture;

        foreach (var feature in features)
        {
            var replies = await feature.HandleAsync(input, user, cancellationToken);
            if (replies is not null)
            {
                await ReplySender.SendAsync(turn, replies, cancellationToken);
                return;
            }
        }

        var message = IncomingMessage.From(turn.Activity);
        if (message.Command == BotCommands.Help || message.Text.Length == 0)
        {
            // An @mention alone, or an empty card submit: the most useful answer is what the bot can do.
            await turn.SendActivityAsync(HelpText.Build(culture), cancellationToken: cancellationToken);
            return;
        }

        await turn.SendActivityAsync(BotText.Format(Text.NotUnderstood, culture, Shorten(message.Text)), cancellationToken: cancellationToken);
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
}
