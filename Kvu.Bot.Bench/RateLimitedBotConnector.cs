using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Kvu.Bot.Bench;

/// <summary>
/// A Bot Connector that enforces Teams' rate limits for bots and answers 429 with Retry-After beyond them, as
/// the real service does: 50 requests/s per app per tenant, and per conversation 7/s, 8/2 s, 60/30 s and
/// 1,800/h (learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit). It counts the posts it accepted per
/// conversation (and how many carried an Adaptive Card), so a fan-out can be checked for posts missing or doubled,
/// and how many it refused. It keeps counts, not the posts: 10,000 cards held here would be counted as the bot's memory.
/// The tenant is read from the activity (conversation.tenantId or channelData.tenant.id); unknown ones share
/// one bucket. Time comes from a TimeProvider.
/// </summary>
internal sealed class RateLimitedBotConnector : IAsyncDisposable
{
    public const int TenantPerSecond = 50;

    /// <summary>Per conversation: (limit, window) pairs, all enforced at once.</summary>
    public static readonly IReadOnlyList<(int Limit, TimeSpan Window)> ConversationLimits =
    [
        (7, TimeSpan.FromSeconds(1)),
        (8, TimeSpan.FromSeconds(2)),
        (60, TimeSpan.FromSeconds(30)),
        (1800, TimeSpan.FromHours(1)),
    ];

    private readonly WebApplication _app;
    private readonly TimeProvider _clock;
    private readonly ConcurrentDictionary<string, SlidingWindow> _tenants = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SlidingWindow[]> _conversations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _accepted = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private long _throttled;
    private long _cards;

    private RateLimitedBotConnector(WebApplication app, TimeProvider clock)
    {
        _app = app;
        _clock = clock;
    }

    public string ServiceUrl { get; private set; } = string.Empty;

    public long Throttled => Interlocked.Read(ref _throttled);

    public long Accepted => _accepted.Values.Sum(n => (long)n);

    /// <summary>Accepted posts whose first attachment is an Adaptive Card.</summary>
    public long Cards => Interlocked.Read(ref _cards);

    public static async Task<RateLimitedBotConnector> StartAsync(TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new RateLimitedBotConnector(app, clock ?? TimeProvider.System);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", (string conversationId, HttpRequest request, HttpResponse response) =>
            connector.PostAsync(conversationId, request, response));
        app.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId, HttpRequest request, HttpResponse response) =>
            connector.PostAsync(conversationId, request, response));
        await app.StartAsync();
        connector.ServiceUrl = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.First().TrimEnd('/') + "/";
        return connector;
    }

    /// <summary>The theoretical floor: the time the limits alone force on <paramref name="postsPerTenant"/> and <paramref name="postsPerConversation"/>.</summary>
    public static TimeSpan Floor(IEnumerable<int> postsPerTenant, IEnumerable<int> postsPerConversation)
    {
        // n posts under "limit per window" need at least ceil(n / limit) - 1 full windows after the first burst.
        static double Seconds(int posts, int limit, TimeSpan window) => posts <= limit ? 0 : Math.Ceiling((double)posts / limit - 1) * window.TotalSeconds;

        var tenant = postsPerTenant.Select(n => Seconds(n, TenantPerSecond, TimeSpan.FromSeconds(1))).DefaultIfEmpty(0).Max();
        var conversation = postsPerConversation
            .SelectMany(n => ConversationLimits.Select(l => Seconds(n, l.Limit, l.Window)))
            .DefaultIfEmpty(0)
            .Max();
        return TimeSpan.FromSeconds(Math.Max(tenant, conversation));
    }

    /// <summary>How many posts each conversation received (accepted, not throttled).</summary>
    public IReadOnlyDictionary<string, int> PostsPerConversation() => new Dictionary<string, int>(_accepted, StringComparer.Ordinal);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task PostAsync(string conversationId, HttpRequest request, HttpResponse response)
    {
        conversationId = Uri.UnescapeDataString(conversationId);
        using var activity = await JsonDocument.ParseAsync(request.Body);
        var tenant = Property(activity.RootElement, "conversation", "tenantId") ?? Property(activity.RootElement, "channelData", "tenant", "id") ?? "(unknown tenant)";
        var card = activity.RootElement.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array
            && attachments.GetArrayLength() > 0 && Property(attachments[0], "contentType") == "application/vnd.microsoft.card.adaptive";

        TimeSpan? wait;
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            var tenantWindow = _tenants.GetOrAdd(tenant, _ => new SlidingWindow(TenantPerSecond, TimeSpan.FromSeconds(1)));
            var conversationWindows = _conversations.GetOrAdd(conversationId, _ => [.. ConversationLimits.Select(l => new SlidingWindow(l.Limit, l.Window))]);
            wait = new[] { tenantWindow }.Concat(conversationWindows).Select(w => w.WaitNeeded(now)).Max();
            if (wait is null)
            {
                tenantWindow.Accept(now);
                foreach (var window in conversationWindows)
                {
                    window.Accept(now);
                }
            }
        }

        if (wait is { } retryAfter)
        {
            Interlocked.Increment(ref _throttled);
            // Retry-After is whole seconds (RFC 9110); round up so that a client that honours it is not refused again.
            response.StatusCode = StatusCodes.Status429TooManyRequests;
            response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return;
        }

        _accepted.AddOrUpdate(conversationId, 1, (_, n) => n + 1);
        if (card)
        {
            Interlocked.Increment(ref _cards);
        }

        response.ContentType = "application/json";
        await response.WriteAsync($"{{\"id\":\"{Guid.NewGuid():N}\"}}");
    }

    private static string? Property(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }
}
