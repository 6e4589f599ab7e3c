using Microsoft.Bot.Builder;

namespace Kvu.Bot.Conversations;

/// <summary>Applies <see cref="ConversationOptions.Locale"/> before any handler reads the activity's locale.</summary>
public sealed class FixedLocaleMiddleware(IOptions<ConversationOptions> options) : Microsoft.Bot.Builder.IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrWhiteSpace(options.Value.Locale))
        {
            turnContext.Activity.Locale = options.Value.Locale;
        }

        return next(cancellationToken);
    }
}
