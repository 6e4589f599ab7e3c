using Kvu.Bot.Conversations;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace Kvu.Bot.Hosting;

/// <summary>The SDK's CloudAdapter with Kvu.Bot's error handling.</summary>
public sealed class KvuAdapter : CloudAdapter
{
    public KvuAdapter(BotFrameworkAuthentication authentication, TurnErrorHandler errors, FixedLocaleMiddleware locale, ILogger<KvuAdapter> logger)
        : base(authentication, logger)
    {
        OnTurnError = errors.HandleAsync;
        Use(locale);
    }
}
