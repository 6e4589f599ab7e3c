using System.Text;
using System.Text.Json.Nodes;
using Kvu.Bot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Kvu.Bot.Tests.EndToEnd;

/// <summary>
/// The Agents Playground writes locale "en-US" into every message and installationUpdate it relays, whatever
/// the browser's language (hard-coded in 0.2.28); a Dutch member's Teams sends "nl-NL". This puts the Dutch
/// locale in the activities reaching the bot, so the test sees what the projectleider of gemeente Zwolle sees.
/// Activities without a locale (the Playground's conversationUpdate) are left alone, as Teams leaves them.
/// </summary>
internal sealed class DutchTeamsClient : IStartupFilter
{
    public const string Locale = "nl-NL";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path == MessagesEndpoint.Path)
            {
                await RewriteLocaleAsync(context.Request);
            }

            await nextMiddleware(context);
        });
        next(app);
    };

    private static async Task RewriteLocaleAsync(HttpRequest request)
    {
        if (await JsonNode.ParseAsync(request.Body) is not JsonObject activity)
        {
            return;
        }

        if (activity["locale"] is not null)
        {
            activity["locale"] = Locale;
        }

        foreach (var entity in activity["entities"]?.AsArray().OfType<JsonObject>() ?? [])
        {
            if ((string?)entity["type"] == "clientInfo" && entity["locale"] is not null)
            {
                entity["locale"] = Locale;
            }
        }

        var body = Encoding.UTF8.GetBytes(activity.ToJsonString());
        request.Body = new MemoryStream(body);
        request.ContentLength = body.Length;
    }
}
