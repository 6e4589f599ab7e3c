using Kvu.Bot.Conversations.Flows;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Kvu.Bot.Conversations;

/// <summary>The edge for <see cref="IWorkIndicator"/>: one Teams typing activity per turn, sent at once.</summary>
public sealed class TypingIndicator(ITurnContext turn, ILogger logger) : IWorkIndicator
{
    private int _shown;

    public async Task ShowAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _shown, 1) == 1)
        {
            return;
        }

        try
        {
            await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // Only a courtesy: the work and its reply go on without it.
            logger.LogInformation(failure, "Could not show typing in {ConversationId}", turn.Activity.Conversation?.Id);
        }
    }
}
