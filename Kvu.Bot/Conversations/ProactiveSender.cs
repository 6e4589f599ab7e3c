using System.Net;
using System.Net.Http.Headers;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Storage;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Rest;

namespace Kvu.Bot.Conversations;

/// <summary>
/// The one way the bot posts without a user message to answer (weekly status, summaries, decision cards in the
/// werkgroep channel, meeting posts, invitations, reminders, reports to the projectleider), through the SDK's own
/// connector client with the bot's credentials. Every request waits its turn in the tenant's
/// <see cref="TenantRateLimiter"/> (Teams: 50 requests/s per app per tenant, counted over all these posts together). A
/// 429 blocks that tenant for its Retry-After and the message is tried again, up to
/// <see cref="ProactiveOptions.TriesPerSend"/> times and <see cref="ProactiveOptions.MaxRetryAfterWait"/>; beyond that
/// it comes back as Throttled for the caller to try later. 403/404 (bot removed, conversation gone) come back as
/// RecipientGone, other failures as Failed: results the caller acts on, never exceptions.
/// </summary>
public sealed class ProactiveSender(
    IBotFrameworkHttpAdapter adapter,
    IOptions<BotAuthenticationOptions> identity,
    TenantRateLimiter limiter,
    IOptions<ProactiveOptions> options,
    TimeProvider time,
    ILogger<ProactiveSender> logger)
{
    /// <summary>
    /// Posts <paramref name="replies"/> in order, one request each. The first that does not go through ends the send;
    /// the ones before it were delivered.
    /// </summary>
    public Task<SendResult> SendAsync(ConversationAddress address, IReadOnlyList<Reply> replies, CancellationToken cancellationToken) =>
        SendAsync(address, replies, maxWait: null, cancellationToken);

    /// <summary>
    /// <see cref="SendAsync(ConversationAddress, IReadOnlyList{Reply}, CancellationToken)"/> for a post someone is
    /// waiting on in a turn: it waits at most <see cref="ProactiveOptions.InTurnMaxWait"/> in all (pacing and Retry-After),
    /// then comes back as Throttled so the user hears at once that Teams is busy.
    /// </summary>
    public Task<SendResult> SendWhileUserWaitsAsync(ConversationAddress address, IReadOnlyList<Reply> replies, CancellationToken cancellationToken) =>
        SendAsync(address, replies, options.Value.InTurnMaxWait, cancellationToken);

    private async Task<SendResult> SendAsync(ConversationAddress address, IReadOnlyList<Reply> replies, TimeSpan? maxWait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(replies);
        var reference = new ConversationReference
        {
            ServiceUrl = address.ServiceUrl,
            ChannelId = address.ChannelId,
            Bot = new ChannelAccount(address.BotId, address.BotName),
            Conversation = new ConversationAccount(
                isGroup: address.Kind != ConversationKind.Personal,
                conversationType: address.Kind switch { ConversationKind.Channel => "channel", ConversationKind.GroupChat => "groupChat", _ => "personal" },
                id: address.ConversationId,
                tenantId: address.TenantId),
        };

        var result = SendResult.Sent;
        await ((CloudAdapter)adapter).ContinueConversationAsync(
            identity.Value.MicrosoftAppId ?? string.Empty,
            reference,
            async (turn, token) =>
            {
                // Failures are caught inside the callback: outside it, the adapter's turn error handler would swallow them.
                var throttles = 0;
                var waitUntil = maxWait is { } most ? time.GetUtcNow() + most : (DateTimeOffset?)null;
                foreach (var reply in replies)
                {
                    var one = await PacedAsync(address.TenantId, address.ConversationId, t => turn.SendActivityAsync(ReplySender.ToActivity(reply), t), waitUntil, token);
                    throttles += one.Throttles;
                    result = one with { Throttles = throttles };
                    if (one.Outcome != SendOutcome.Sent)
                    {
                        return;
                    }
                }
            },
            cancellationToken);
        return result;
    }

    /// <summary>
    /// Starts the bot's 1:1 chat with a member of a team the bot is in (<paramref name="via"/> is an address in that
    /// team, for its serviceUrl and the bot's id), so invitations reach people who never opened the app themselves.
    /// Paced and retried like a post, and bounded like <see cref="SendWhileUserWaitsAsync"/>: invitations are sent while
    /// someone waits for the bot's answer (the projectleider's "uitnodigen", a member joining the team). RecipientGone: the person left the team, or the app is blocked for them.
    /// </summary>
    public async Task<StartedChat> CreatePersonalWhileUserWaitsAsync(ConversationAddress via, string teamsUserId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(via);
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount(via.BotId, via.BotName),
            Members = [new ChannelAccount(teamsUserId)],
            TenantId = via.TenantId,
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo(via.TenantId) },
        };
        string? conversationId = null;
        var result = await PacedAsync(via.TenantId, "a new 1:1 chat", token => ((CloudAdapter)adapter).CreateConversationAsync(
            identity.Value.MicrosoftAppId ?? string.Empty,
            via.ChannelId,
            via.ServiceUrl,
            AuthenticationConstants.ToChannelFromBotOAuthScope,
            parameters,
            (turn, _) =>
            {
                conversationId = turn.Activity.Conversation?.Id;
                return Task.CompletedTask;
            },
            token), time.GetUtcNow() + options.Value.InTurnMaxWait, cancellationToken);

        if (result.Outcome != SendOutcome.Sent || conversationId is null)
        {
            return new StartedChat(result.Outcome == SendOutcome.Sent ? new SendResult(SendOutcome.Failed, Detail: "No conversation id") : result, null);
        }

        return new StartedChat(result, via with
        {
            ConversationId = conversationId,
            Kind = ConversationKind.Personal,
            TeamId = null,
            TeamName = null,
            ChannelName = null,
            UpdatedAt = now,
        });
    }

    /// <summary>
    /// One request within the tenant's rate, with a 429's Retry-After waited out for this tenant only; with
    /// <paramref name="waitUntil"/>, no wait that would end after it (the result is then Throttled with the wait left).
    /// </summary>
    private async Task<SendResult> PacedAsync(string tenantId, string conversationId, Func<CancellationToken, Task> request, DateTimeOffset? waitUntil, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var budget = waitUntil is { } until ? Max(until - time.GetUtcNow(), TimeSpan.Zero) : (TimeSpan?)null;
            var tooLong = await limiter.WaitAsync(tenantId, budget, cancellationToken);
            if (tooLong > TimeSpan.Zero)
            {
                logger.LogInformation("Post to {ConversationId} in tenant {TenantId} not sent while the user waits: the tenant's next slot is {WaitSeconds} s away",
                    conversationId, tenantId, tooLong.TotalSeconds);
                return new SendResult(SendOutcome.Throttled, tooLong, Throttles: attempt - 1);
            }

            var result = await TryAsync(request, cancellationToken);
            if (result.Outcome != SendOutcome.Throttled)
            {
                if (result.Outcome != SendOutcome.Sent)
                {
                    logger.LogWarning("Proactive post to {ConversationId} in tenant {TenantId}: {Outcome} ({Detail})", conversationId, tenantId, result.Outcome, result.Detail);
                }

                return result with { Throttles = attempt - 1 };
            }

            var wait = result.RetryAfter is { } asked && asked > TimeSpan.Zero ? asked : Backoff(attempt);
            limiter.Block(tenantId, wait);
            logger.LogInformation("Proactive post to {ConversationId} throttled in tenant {TenantId}; Retry-After {RetryAfterSeconds} s, try {Attempt}",
                conversationId, tenantId, wait.TotalSeconds, attempt);
            if (attempt >= options.Value.TriesPerSend || wait > options.Value.MaxRetryAfterWait || (waitUntil is { } end && time.GetUtcNow() + wait > end))
            {
                return result with { RetryAfter = wait, Throttles = attempt };
            }
        }
    }

    private async Task<SendResult> TryAsync(Func<CancellationToken, Task> request, CancellationToken cancellationToken)
    {
        try
        {
            await request(cancellationToken);
            return SendResult.Sent;
        }
        catch (ErrorResponseException failure)
        {
            var response = failure.Response;
            return response?.StatusCode switch
            {
                HttpStatusCode.TooManyRequests => new SendResult(SendOutcome.Throttled, RetryAfter(response)),
                HttpStatusCode.Forbidden or HttpStatusCode.NotFound => new SendResult(SendOutcome.RecipientGone, Detail: $"{(int)response.StatusCode} {response.Content}"),
                _ => new SendResult(SendOutcome.Failed, RetryAfter(response), $"{(int?)response?.StatusCode} {response?.Content ?? failure.Message}"),
            };
        }
        catch (HttpRequestException failure)
        {
            return new SendResult(SendOutcome.Failed, Detail: failure.Message);
        }
        catch (OperationCanceledException failure) when (!cancellationToken.IsCancellationRequested)
        {
            return new SendResult(SendOutcome.Failed, Detail: failure.Message); // the HTTP client's timeout, not shutdown
        }
    }

    /// <summary>Retry-After as seconds or as an HTTP date (RFC 9110), the date read against the app's clock.</summary>
    private TimeSpan? RetryAfter(HttpResponseMessageWrapper? response)
    {
        var value = response?.Headers?.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        if (!RetryConditionHeaderValue.TryParse(value, out var retry))
        {
            return null;
        }

        return retry.Delta ?? (retry.Date is { } at ? at - time.GetUtcNow() : null);
    }

    /// <summary>Exponential back-off with jitter for a 429 without (usable) Retry-After: 1, 2, 4 ... s, at most a minute.</summary>
    private static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(Math.Min(60_000, 1000 * Math.Pow(2, attempt - 1)) + Random.Shared.Next(0, 250));

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
