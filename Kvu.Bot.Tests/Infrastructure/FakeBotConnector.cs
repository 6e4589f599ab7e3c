using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
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
/// Stands in for the Bot Connector service that Teams runs, which cannot be reached from here: a real HTTP server
/// on a loopback port that the bot reaches through the SDK's own ConnectorClient (serialisation, retries and all).
/// Incoming activities carry its address as serviceUrl. It records every activity the bot sends, and can answer
/// as Teams does when it refuses one: 429 with Retry-After (<see cref="TooManyRequests(TimeSpan)"/>), 403
/// (<see cref="BotRemoved"/>), 404 (<see cref="ConversationGone"/>).
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<SentActivity> _sent = new();
    private readonly ConcurrentQueue<(string ConversationId, string UserId)> _created = new();
    private readonly ConcurrentQueue<(string ConversationId, DateTimeOffset At)> _arrivals = new();
    private readonly ConcurrentQueue<RecordedUpload> _uploads = new();
    private int _nextId;

    private FakeBotConnector(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = string.Empty;

    public IReadOnlyList<SentActivity> Sent => [.. _sent];

    /// <summary>The members Teams reports for any team or chat (TeamsInfo's paged members), as TeamsChannelAccount JSON.</summary>
    public List<JsonObject> Members { get; } = [];

    /// <summary>Every 1:1 chat the bot started (POST /v3/conversations): the Teams user id it was started with.</summary>
    public IReadOnlyList<(string ConversationId, string UserId)> Created => [.. _created];

    /// <summary>
    /// The Bot Framework token service's user tokens (GET /api/usertoken/GetToken, served here too when a test sets
    /// OAuthUrl to <see cref="ServiceUrl"/>), by (channel user id, connection name). Not there = 404, as for a
    /// user who has not signed in.
    /// </summary>
    public ConcurrentDictionary<(string UserId, string Connection), string> UserTokens { get; } = new();

    /// <summary>Every token service request, as its query string.</summary>
    public ConcurrentQueue<string> TokenRequests { get; } = new();

    /// <summary>
    /// Optional override of the answer to a send or to starting a 1:1 chat (then ConversationId is empty and Activity
    /// the ConversationParameters), e.g. a 429 or 403, for tests of failure handling. Null: the usual answer.
    /// </summary>
    public Func<SentActivity, IResult?>? Respond { get; set; }

    /// <summary>
    /// Every file the bot put into an upload session (what Teams' uploadUrl on an accepted file consent card points to, a
    /// OneDrive upload session in Teams): <see cref="UploadUrl"/> makes one here.
    /// </summary>
    public IReadOnlyList<RecordedUpload> Uploads => [.. _uploads];

    /// <summary>Optional status for the upload sessions (e.g. 403 when OneDrive refuses); null: 201 Created.</summary>
    public int? UploadStatus { get; set; }

    /// <summary>An upload session's address on this server.</summary>
    public Uri UploadUrl(string session) => new(ServiceUrl + "upload/" + session);

    /// <summary>The bot's clock, when a test wants to know when each request arrived (<see cref="Arrivals"/>).</summary>
    public TimeProvider? Clock { get; set; }

    /// <summary>Every send and chat start that reached the connector, answered or refused, with the <see cref="Clock"/>'s time.</summary>
    public IReadOnlyList<(string ConversationId, DateTimeOffset At)> Arrivals => [.. _arrivals];

    /// <summary>429 as Teams sends it, asking to wait <paramref name="retryAfter"/> (Retry-After in whole seconds).</summary>
    public static IResult TooManyRequests(TimeSpan retryAfter) =>
        new Refusal(429, "TooManyRequests", ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture));

    /// <summary>429 with Retry-After as an HTTP date, the other form RFC 9110 allows.</summary>
    public static IResult TooManyRequests(DateTimeOffset until) => new Refusal(429, "TooManyRequests", until.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>403: the bot was removed from the team or chat.</summary>
    public static IResult BotRemoved() => new Refusal(403, "BotNotInConversationRoster", null);

    /// <summary>404: the conversation no longer exists.</summary>
    public static IResult ConversationGone() => new Refusal(404, "ConversationNotFound", null);

    public static async Task<FakeBotConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new FakeBotConnector(app);
        connector.Map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = address.TrimEnd('/') + "/";
        return connector;
    }

    /// <summary>What the bot said in a conversation: its messages, not the typing indicator shown while it works.</summary>
    public IEnumerable<SentActivity> SentTo(string conversationId) => Sent.Where(a => a.ConversationId == conversationId && a.Type != "typing");

    /// <summary>Waits until the bot has sent something matching, for activities sent after the HTTP turn returned.</summary>
    public async Task<SentActivity> WaitForAsync(Func<SentActivity, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (DateTime.UtcNow < deadline)
        {
            var found = Sent.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"The bot sent nothing matching within the timeout. Sent: {string.Join(" | ", Sent.Select(s => s.Text ?? s.Activity.ToJsonString()))}");
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/api/usertoken/GetToken", (HttpRequest request) =>
        {
            TokenRequests.Enqueue(request.QueryString.Value ?? string.Empty);
            var user = request.Query["userId"].ToString();
            var connection = request.Query["connectionName"].ToString();
            return UserTokens.TryGetValue((user, connection), out var token)
                ? Results.Json(new JsonObject { ["channelId"] = request.Query["channelId"].ToString(), ["connectionName"] = connection, ["token"] = token, ["expiration"] = "2099-01-01T00:00:00Z" })
                : Results.NotFound();
        });
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", (string conversationId, string replyToId, HttpRequest request) =>
            RecordAsync(conversationId, replyToId, request));
        app.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId, HttpRequest request) =>
            RecordAsync(conversationId, null, request));
        app.MapGet("/v3/conversations/{conversationId}/pagedmembers", () =>
            Results.Json(new JsonObject { ["members"] = new JsonArray([.. Members.Select(m => (JsonNode)m.DeepClone())]) }));
        app.MapPost("/v3/conversations", async (HttpRequest request) =>
        {
            var body = await JsonNode.ParseAsync(request.Body) as JsonObject ?? [];
            _arrivals.Enqueue((string.Empty, Clock?.GetUtcNow() ?? DateTimeOffset.UtcNow));
            if (Respond?.Invoke(new SentActivity(request.Method, string.Empty, null, body, request.Headers.Authorization.ToString())) is { } refused)
            {
                return refused;
            }

            var userId = (string?)body["members"]?[0]?["id"] ?? string.Empty;
            var id = $"a:1created-{Interlocked.Increment(ref _nextId)}";
            _created.Enqueue((id, userId));
            return Results.Json(new JsonObject { ["id"] = id });
        });
        app.MapPut("/upload/{session}", async (string session, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            _uploads.Enqueue(new RecordedUpload(session, request.Headers.ContentRange.ToString(), request.Headers.Authorization.ToString(), body.ToArray()));
            return Results.StatusCode(UploadStatus ?? 201);
        });
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, string activityId, HttpRequest request) =>
            RecordAsync(conversationId, activityId, request));
    }

    private async Task<IResult> RecordAsync(string conversationId, string? replyToId, HttpRequest request)
    {
        var body = await JsonNode.ParseAsync(request.Body) as JsonObject ?? [];
        var sent = new SentActivity(request.Method, WebUtility.UrlDecode(conversationId), replyToId, body, request.Headers.Authorization.ToString());
        _arrivals.Enqueue((sent.ConversationId, Clock?.GetUtcNow() ?? DateTimeOffset.UtcNow));
        var custom = Respond?.Invoke(sent);
        if (custom is not null)
        {
            return custom;
        }

        _sent.Enqueue(sent);
        return Results.Ok(new { id = $"sent-{Interlocked.Increment(ref _nextId)}" });
    }

    /// <summary>An error answer of the Bot Connector: status, its JSON error body, and Retry-After when given.</summary>
    private sealed class Refusal(int status, string code, string? retryAfter) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            if (retryAfter is not null)
            {
                httpContext.Response.Headers.RetryAfter = retryAfter;
            }

            return httpContext.Response.WriteAsJsonAsync(new { error = new { code, message = code } });
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One upload to an upload session: its id, the Content-Range and Authorization headers, the bytes.</summary>
public sealed record RecordedUpload(string Session, string ContentRange, string Authorization, byte[] Content);
