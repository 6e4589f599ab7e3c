using System.Net;
using Microsoft.AspNetCore.Http.Features;
using Kvu.Bot.Hosting;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
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

    private KestrelBot(KvuBotApplication application, WebApplicationFactory<Program> server, Uri baseAddress)
    {
        _application = application;
        _server = server;
        MessagesUrl = new Uri(baseAddress, MessagesEndpoint.Path);
    }

    public Uri MessagesUrl { get; }

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
        var server = application.WithWebHostBuilder(_ => { });
        try
        {
            server.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            server.StartServer();
            var address = server.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
                .Addresses.Single();
            return new KestrelBot(application, server, new Uri(address));
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
}
