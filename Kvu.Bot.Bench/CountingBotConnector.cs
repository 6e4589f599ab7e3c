using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Kvu.Bot.Bench;

/// <summary>
/// The Bot Connector for the latency runs: a loopback Kestrel server that answers every send at once and only
/// counts it, so that what is measured is the bot, not the fake. The bot reaches it over real HTTP through the
/// SDK's ConnectorClient.
/// </summary>
internal sealed class CountingBotConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _perConversation = new(StringComparer.Ordinal);
    private long _sent;

    private CountingBotConnector(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = string.Empty;

    public long Sent => Interlocked.Read(ref _sent);

    public static async Task<CountingBotConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new CountingBotConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", (string conversationId) => connector.Record(conversationId));
        app.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId) => connector.Record(conversationId));
        await app.StartAsync();
        connector.ServiceUrl = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.First().TrimEnd('/') + "/";
        return connector;
    }

    public int SentTo(string conversationId) => _perConversation.TryGetValue(Uri.UnescapeDataString(conversationId), out var count) ? count : 0;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private IResult Record(string conversationId)
    {
        Interlocked.Increment(ref _sent);
        _perConversation.AddOrUpdate(Uri.UnescapeDataString(conversationId), 1, (_, n) => n + 1);
        return Results.Text("{\"id\":\"1\"}", "application/json");
    }
}
