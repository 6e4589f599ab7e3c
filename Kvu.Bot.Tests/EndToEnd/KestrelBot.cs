using System.Net;
using Microsoft.AspNetCore.Http.Features;
using Kvu.Bot.Hosting;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.EndToEnd;

/// <summary>
/// The real Kvu.Bot in-process, but on Kestrel at a free loopback port instead of the in-memory TestServer,
/// so that another process (the Playground) can post activities to it. No MicrosoftAppId: dev mode, which is
/// the only mode the Playground talks to.
/// </summary>
internal sealed class KestrelBot : IAsyncDisposable
{
    private readonly KvuBotApplication _application;
    private readonly WebApplicationFactory<Program> _server;
    private readonly ActivityRecorder _received;

    private KestrelBot(KvuBotApplication application, WebApplicationFactory<Program> server, ActivityRecorder received, Uri baseAddress)
    {
        _application = application;
        _server = server;
        _received = received;
        BaseAddress = baseAddress;
        MessagesUrl = new Uri(baseAddress, MessagesEndpoint.Path);
    }

    public Uri BaseAddress { get; }

    /// <summary>The running bot's services, to put data in its stores.</summary>
    public IServiceProvider Services => _server.Services;

    public Uri MessagesUrl { get; }

    /// <summary>Every activity posted to the bot, as JSON, one a line: what a button really sent, for a failure report.</summary>
    public string ReceivedActivities => _received.Text;

    public static KestrelBot Start(string storageConnectionString)
    {
        var application = new KvuBotApplication(storageConnectionString, new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
            ["MicrosoftAppTenantId"] = "",
            // As run.sh: the Playground always sends en-US; the projectleider of gemeente Zwolle reads Dutch.
            ["Conversations:Locale"] = "nl-NL",
            // The test's output is for its own story; the bot's request logging drowns it.
            ["Logging:LogLevel:Default"] = "Warning",
        });
        var received = new ActivityRecorder();
        var server = application.WithWebHostBuilder(web =>
            web.ConfigureServices(services => services.AddSingleton<IStartupFilter>(received)));
        try
        {
            server.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            server.StartServer();
            var address = server.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
                .Addresses.Single();
            return new KestrelBot(application, server, received, new Uri(address));
        }
        catch
        {
            server.Dispose();
            application.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        await _application.DisposeAsync();
    }

    private sealed class ActivityRecorder : IStartupFilter
    {
        private readonly Lock _gate = new();
        private readonly System.Text.StringBuilder _text = new();

        public string Text
        {
            get
            {
                lock (_gate)
                {
                    return _text.ToString();
                }
            }
        }

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, proceed) =>
            {
                if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path == MessagesEndpoint.Path)
                {
                    context.Request.EnableBuffering();
                    using var reader = new StreamReader(context.Request.Body, leaveOpen: true);
                    var body = await reader.ReadToEndAsync(context.RequestAborted);
                    context.Request.Body.Position = 0;
                    lock (_gate)
                    {
                        _text.Append(DateTime.UtcNow.ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture)).Append(' ').AppendLine(body);
                    }
                }

                await proceed(context);
            });
            next(app);
        };
    }
}
