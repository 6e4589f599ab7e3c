using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace Kvu.Bot.Hosting;

public static class MessagesEndpoint
{
    public const string Path = "/api/messages";

    /// <summary>
    /// Teams (through the Bot Connector) posts every activity here. The adapter checks the token (401 when the bot
    /// has an identity and the request has no valid token), rejects a body that is not an activity with 400,
    /// runs the turn and writes the invoke response.
    /// </summary>
    public static IEndpointRouteBuilder MapKvuMessages(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken cancellationToken) =>
            adapter.ProcessAsync(request, response, bot, cancellationToken));
        return app;
    }
}
