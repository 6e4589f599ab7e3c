using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Kvu.Bot.Conversations;

/// <summary>
/// Hands a message to the feature it asks for and returns that feature's replies; the caller sends them once the
/// turn's state is saved. Features add their handling here; nothing else lives here.
/// </summary>
public sealed class MessageRouter(IEnumerable<IMessageFeature> features, TimeProvider clock, ILogger<MessageRouter> logger)
{
    public async Task<IReadOnlyList<Reply>> RouteAsync(ITurnContext<IMessageActivity> turn, ConversationData data, CancellationToken cancellationToken)
    {
        var input = TurnInput.From(turn.Activity, clock.GetUtcNow(), new TeamsRoster(turn, logger)) with { Working = new TypingIndicator(turn, logger) };
        var user = data.For(input.User.Key);
        var culture = input.Culture;

        foreach (var feature in features)
        {
            var replies = await feature.HandleAsync(input, user, cancellationToken);
            if (replies is not null)
            {
                return replies;
            }
        }

        var message = IncomingMessage.From(turn.Activity);
        if (message.Command == BotCommands.Help || message.Text.Length == 0)
        {
            // An @mention alone, or an empty card submit: the most useful answer is what the bot can do.
            return [Reply.Say(HelpText.Build(culture))];
        }

        return [Reply.Say(BotText.Format(Text.NotUnderstood, culture, Shorten(message.Text)))];
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
}
