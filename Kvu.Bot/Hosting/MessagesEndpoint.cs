using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace Kvu.Bot.Hosting;

public static class MessagesEndpoint
{
    public const string Path = "/api/messages";

    /// <summary>
    /// Teams (through the Bot Connector) posts every activity here. A body that is not a whole activity is refused
    /// first (<see cref="ActivityRequest"/>: 413 too large, 400 malformed), after the token check, so a caller
    /// without a valid token still gets 401. The adapter then checks the token, runs the turn and writes the invoke
    /// response.
    /// </summary>
    public static IEndpointRouteBuilder MapKvuMessages(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, async (HttpContext context, IBotFrameworkHttpAdapter adapter, IBot bot, BotFrameworkAuthentication authentication, ILoggerFactory loggers, CancellationToken cancellationToken) =>
        {
            var incoming = await ActivityRequest.ReadAsync(context.Request, cancellationToken);
            if (incoming.Problem is { } problem)
            {
                var status = await IsAuthenticAsync(authentication, incoming, context.Request, cancellationToken) ? incoming.Status : StatusCodes.Status401Unauthorized;
                loggers.CreateLogger(typeof(MessagesEndpoint)).LogWarning("Refused a request to {Path} with {Status}: {Problem}", Path, status, problem);
                return status == StatusCodes.Status401Unauthorized ? Results.Unauthorized() : Results.Problem(detail: problem, statusCode: status);
            }

            context.Request.Body = new MemoryStream(incoming.Body);
            await adapter.ProcessAsync(context.Request, context.Response, bot, cancellationToken);
            return Results.Empty;
        });
        return app;
    }

    /// <summary>The adapter's own token check, for a body it will not see; any failure of it counts as no valid token.</summary>
    private static async Task<bool> IsAuthenticAsync(BotFrameworkAuthentication authentication, ActivityRequest incoming, HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await authentication.AuthenticateRequestAsync(incoming.Activity ?? new Microsoft.Bot.Schema.Activity(), request.Headers.Authorization.ToString(), cancellationToken);
            return true;
        }
        catch (Exception)
        {
            // A token that cannot be checked is no valid token; the request is refused either way.
            return false;
        }
    }
}
