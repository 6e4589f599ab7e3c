using Kvu.Bot.Conversations;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Kvu.Bot.Hosting;

/// <summary>
/// The adapter's last resort. State is saved only at the end of a successful turn, so a failed turn has written
/// nothing: what the user entered before is intact. The user is told in their language what happened, but only
/// in reply to their own message: a failing conversationUpdate or a proactive post must not spam a channel.
/// </summary>
public sealed class TurnErrorHandler(ILogger<TurnErrorHandler> logger)
{
    /// <summary>Never throws: an exception from here would become the adapter's 500, which Teams retries.</summary>
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        try
        {
            await TellAsync(turnContext, exception);
        }
        catch (Exception handlerFailure)
        {
            // Whatever the activity lacked, or the connector did: there is nobody else to tell.
            try
            {
                logger.LogError(handlerFailure, "The turn error handler itself failed after {Exception}", exception?.GetType().Name);
            }
            catch (Exception)
            {
                // Not even the logger: the turn is over either way.
            }
        }
    }

    private async Task TellAsync(ITurnContext turnContext, Exception exception)
    {
        var activity = turnContext?.Activity;
        var kind = TurnFailure.Classify(exception);
        logger.LogError(exception, "Turn failed ({FailureKind}) for {ActivityType} activity {ActivityId} in {ConversationId}",
            kind, activity?.Type, activity?.Id, activity?.Conversation?.Id);

        if (activity?.Type != ActivityTypes.Message || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            return;
        }

        var culture = BotText.CultureFor(activity.Locale);
        var key = kind switch
        {
            TurnFailureKind.StorageUnavailable => ConversationText.ErrorStorageUnavailable,
            TurnFailureKind.ConcurrentChange => ConversationText.ErrorConflict,
            _ => ConversationText.ErrorGeneric,
        };

        try
        {
            await turnContext!.SendActivityAsync(BotText.Get(key, culture));
        }
        catch (Exception sendFailure)
        {
            // The connector itself may be what failed; there is nobody else to tell.
            logger.LogError(sendFailure, "Could not tell the user about the failed turn in {ConversationId}", activity.Conversation?.Id);
        }
    }
}
