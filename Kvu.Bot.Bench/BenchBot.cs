using System.Net;
using Kvu.Bot.Hosting;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Bench;

/// <summary>
/// Kvu.Bot's own Program (configuration, DI, middleware, /api/messages) in this process on Kestrel at a free
/// loopback port, so turns arrive over real HTTP as from the Bot Connector. No MicrosoftAppId (no token
/// checks: the fake connector cannot issue tokens), logging at Warning so that log output is not measured.
/// </summary>
internal sealed class BenchBot : WebApplicationFactory<Program>
{
    private readonly string _storageConnectionString;
    private readonly BotVariant _variant;

    private BenchBot(string storageConnectionString, BotVariant variant)
    {
        _storageConnectionString = storageConnectionString;
        _variant = variant;
    }

    /// <summary>Every Table request the bot sends, with its duration.</summary>
    public TableRequestCounter TableRequests { get; } = new();

    public Uri MessagesUrl { get; private set; } = null!;

    public BotVariant Variant => _variant;

    public static BenchBot Start(string storageConnectionString, BotVariant variant)
    {
        var bot = new BenchBot(storageConnectionString, variant);
        try
        {
            bot.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            bot.StartServer();
            var address = bot.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            bot.MessagesUrl = new Uri(new Uri(address), MessagesEndpoint.Path);
            return bot;
        }
        catch
        {
            bot.Dispose();
            throw;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = _storageConnectionString,
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
            ["MicrosoftAppTenantId"] = "",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
            // The fan-out rows provoke 429s on purpose; one warning per 429 would bury the table.
            ["Logging:LogLevel:Kvu.Bot.Conversations.ProactiveSender"] = "Error",
            // The fan-out row drives StatusPostRunner itself; one instance may use Teams' whole 50 requests/s per tenant.
            ["StatusPosts:BackgroundEnabled"] = "false",
            ["Proactive:TenantRequestsPerSecond"] = "50",
            ["StatusPosts:ParallelTenants"] = "20",
        }));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(new TablePipelinePolicy(TableRequests));
            if (_variant is BotVariant.KvuMemory or BotVariant.Echo)
            {
                services.AddSingleton<IStorage>(new MemoryStorage());
            }

            if (_variant == BotVariant.Echo)
            {
                services.AddTransient<IBot, EchoBot>();
            }
        });
    }
}
