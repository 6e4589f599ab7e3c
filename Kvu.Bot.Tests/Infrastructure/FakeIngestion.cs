using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kvu.Bot.Tests.Infrastructure;

/// <summary>
/// Stands in for Application Insights' ingestion endpoint (POST /v2.1/track, newline-separated JSON envelopes,
/// usually gzipped), so a test sees what the Azure Monitor exporter really sends. A connection string with
/// IngestionEndpoint=<see cref="Endpoint"/> points the exporter here.
/// </summary>
public sealed class FakeIngestion : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<JsonObject> _envelopes = new();

    private FakeIngestion(WebApplication app) => _app = app;

    public string Endpoint { get; private set; } = string.Empty;

    public IReadOnlyList<JsonObject> Envelopes => [.. _envelopes];

    public string ConnectionString =>
        $"InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint={Endpoint};LiveEndpoint={Endpoint}";

    /// <summary>The envelopes of one kind: "RequestData", "RemoteDependencyData", "MessageData", "MetricData".</summary>
    public IEnumerable<JsonObject> OfType(string baseType) =>
        Envelopes.Where(e => (string?)e["data"]?["baseType"] == baseType).Select(e => (JsonObject)e["data"]!["baseData"]!);

    public static async Task<FakeIngestion> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var ingestion = new FakeIngestion(app);
        app.MapPost("/v2.1/track", async (HttpRequest request) =>
        {
            Stream body = request.Headers.ContentEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase)
                ? new GZipStream(request.Body, CompressionMode.Decompress)
                : request.Body;
            using var reader = new StreamReader(body);
            var count = 0;
            while (await reader.ReadLineAsync() is { } line)
            {
                if (line.Length > 0 && JsonNode.Parse(line) is JsonObject envelope)
                {
                    ingestion._envelopes.Enqueue(envelope);
                    count++;
                }
            }

            return Results.Json(new { itemsReceived = count, itemsAccepted = count, errors = Array.Empty<object>() });
        });
        await app.StartAsync();
        ingestion.Endpoint = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";
        return ingestion;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
