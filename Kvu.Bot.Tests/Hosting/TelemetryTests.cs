using System.Diagnostics;
using Azure.Identity;
using Kvu.Bot.Hosting;
using Kvu.Bot.StatusPosts;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Kvu.Bot.Tests.Hosting;

/// <summary>
/// What reaches Application Insights: the real app with the Azure Monitor exporter pointed at a fake ingestion
/// endpoint, plus in-memory exporters beside it to look at the spans and metrics themselves.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TelemetryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private FakeBotConnector _connector = null!;
    private FakeIngestion _ingestion = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _ingestion = await FakeIngestion.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _ingestion.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task With_a_connection_string_requests_Table_and_connector_dependencies_logs_and_the_status_counters_arrive()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        await using var bot = new KvuBotApplication(
            azurite.ConnectionString,
            new Dictionary<string, string?> { [TelemetryExtensions.ConnectionStringKey] = _ingestion.ConnectionString },
            services =>
            {
                services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));
                services.ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics));
            });
        var conversation = TeamsActivity.NewPersonalConversationId();

        var response = await bot.PostActivityAsync(new TeamsActivity(_connector.ServiceUrl).PersonalMessage(conversation, "help"));
        await bot.Services.GetRequiredService<StatusPostRunner>().RunOnceAsync(DateTimeOffset.UtcNow, CancellationToken.None);
        bot.Services.GetRequiredService<TracerProvider>().ForceFlush();
        bot.Services.GetRequiredService<MeterProvider>().ForceFlush();
        bot.Services.GetRequiredService<LoggerProvider>().ForceFlush();

        response.EnsureSuccessStatusCode();
        // The tracer listens process-wide: the fake connector's own server spans are there too.
        var request = Assert.Single(spans, s => s.Kind == ActivityKind.Server && s.GetTagItem("http.route") is "/api/messages");
        Assert.Contains(spans, s => s.Kind == ActivityKind.Client && s.GetTagItem("az.namespace") is "Microsoft.Tables" && s.TraceId == request.TraceId);
        Assert.Contains(spans, s => s.Source.Name == "System.Net.Http" && s.GetTagItem("server.address") is "127.0.0.1" && s.TraceId == request.TraceId
            && new Uri(_connector.ServiceUrl).Port.Equals(s.GetTagItem("server.port")));
        Assert.Contains(metrics, m => m.MeterName == StatusPostMetrics.MeterName && m.Name == "kvu.status_posts.runs");

        // And the Azure Monitor exporter sent them to the ingestion endpoint of the connection string.
        Assert.Contains(_ingestion.OfType("RequestData"), r => ((string?)r["name"])?.Contains("/api/messages", StringComparison.Ordinal) == true);
        Assert.Contains(_ingestion.OfType("RemoteDependencyData"), d => (string?)d["type"] is { } type && type.Contains("table", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(_ingestion.OfType("MessageData"), l => (string?)l["properties"]?["CategoryName"] == typeof(StatusPostRunner).FullName && l["properties"]?["Posted"] is not null);
        Assert.Contains(_ingestion.OfType("MetricData"), m => m["metrics"]!.AsArray().Any(x => (string?)x!["name"] == "kvu.status_posts.runs"));
    }

    [Fact]
    public async Task Without_a_connection_string_nothing_is_collected_or_exported()
    {
        await using var bot = new KvuBotApplication(azurite.ConnectionString);

        var response = await bot.PostActivityAsync(new TeamsActivity(_connector.ServiceUrl).PersonalMessage(TeamsActivity.NewPersonalConversationId(), "help"));

        response.EnsureSuccessStatusCode();
        Assert.Null(bot.Services.GetService<TracerProvider>());
        Assert.Null(bot.Services.GetService<MeterProvider>());
    }

    [Theory]
    [InlineData(TelemetryExtensions.ManagedIdentityClientIdKey, "11111111-1111-1111-1111-111111111111")]
    [InlineData(TelemetryExtensions.AuthenticationStringKey, "Authorization=AAD;ClientId=11111111-1111-1111-1111-111111111111")]
    [InlineData(TelemetryExtensions.AuthenticationStringKey, "Authorization=AAD")]
    [InlineData("Storage:ManagedIdentityClientId", "11111111-1111-1111-1111-111111111111")]
    public void With_a_managed_identity_the_exporter_signs_in_with_Entra_ID(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();

        Assert.IsType<ManagedIdentityCredential>(TelemetryExtensions.Credential(configuration));
    }

    [Fact]
    public void Without_an_identity_the_connection_strings_key_is_used()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [TelemetryExtensions.AuthenticationStringKey] = "Authorization=Key",
        }).Build();

        Assert.Null(TelemetryExtensions.Credential(configuration));
    }
}
