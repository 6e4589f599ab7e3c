using System.Net;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Storage;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace Kvu.Bot.Conversations;

/// <summary>
/// Posts into a conversation the bot is in without a user message to answer (weekly status, invitations,
/// meeting posts), through the Bot Connector with the bot's own credentials. The connector's answers that a
/// caller can act on come back as a <see cref="SendResult"/>, not as exceptions: 429 (Teams allows a bot 7
/// messages/s per conversation and 50 requests/s per tenant), 403 (removed from the team), 404.
/// </summary>
public sealed class ProactiveSender(IBotFrameworkHttpAdapter adapter, IOptions<BotAuthenticationOptions> identity, ILogger<ProactiveSender> logger)
{
    public async Task<SendResult> SendAsync(ConversationAddress address, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
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
                // Caught here: outside, the adapter's turn error handler would swallow the failure.
                try
                {
                    await ReplySender.SendAsync(turn, replies, token);
                }
                catch (ErrorResponseException failure)
                {
                    result = Classify(failure);
                    logger.LogWarning("Proactive post to {ConversationId} in tenant {TenantId}: {Outcome} ({Status})",
                        address.ConversationId, address.TenantId, result.Outcome, (int?)failure.Response?.StatusCode);
                }
                catch (HttpRequestException failure)
                {
                    result = new SendResult(SendOutcome.Failed, Detail: failure.Message);
                    logger.LogWarning(failure, "Proactive post to {ConversationId} failed", address.ConversationId);
                }
            },
            cancellationToken);
        return result;
    }

    /// <summary>
    /// Starts the bot's 1:1 chat with a member of a team the bot is in (<paramref name="via"/> is an address in that
    /// team, for its serviceUrl and the bot's id), so invitations reach people who never opened the app themselves.
    /// </summary>
    /// <returns>The new chat's address, or null when the connector refuses (the person left the team, the app is blocked).</returns>
    public async Task<ConversationAddress?> CreatePersonalAsync(ConversationAddress via, string teamsUserId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(via);
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount(via.BotId, via.BotName),
            Members = [new ChannelAccount(teamsUserId)],
            TenantId = via.TenantId,
            ChannelData = new Microsoft.Bot.Schema.Teams.TeamsChannelData { Tenant = new Microsoft.Bot.Schema.Teams.TenantInfo(via.TenantId) },
        };
        string? conversationId = null;
        try
        {
            await ((CloudAdapter)adapter).CreateConversationAsync(
                identity.Value.MicrosoftAppId ?? string.Empty,
                via.ChannelId,
                via.ServiceUrl,
                Microsoft.Bot.Connector.Authentication.AuthenticationConstants.ToChannelFromBotOAuthScope,
                parameters,
                (turn, _) =>
                {
                    conversationId = turn.Activity.Conversation?.Id;
                    return Task.CompletedTask;
                },
                cancellationToken);
        }
        catch (ErrorResponseException failure)
        {
            logger.LogWarning("Could not start a 1:1 chat in tenant {TenantId}: {Status}", via.TenantId, (int?)failure.Response?.StatusCode);
            return null;
        }

        return conversationId is null ? null : via with
        {
            ConversationId = conversationId,
            Kind = ConversationKind.Personal,
            TeamId = null,
            TeamName = null,
            ChannelName = null,
            UpdatedAt = now,
        };
    }

    private static SendResult Classify(ErrorResponseException failure)
    {
        var response = failure.Response;
        return response?.StatusCode switch
        {
            (HttpStatusCode)429 => new SendResult(SendOutcome.Throttled, RetryAfter(response)),
            HttpStatusCode.Forbidden => new SendResult(SendOutcome.Forbidden, Detail: response.Content),
            HttpStatusCode.NotFound => new SendResult(SendOutcome.NotFound, Detail: response.Content),
            _ => new SendResult(SendOutcome.Failed, RetryAfter(response), response?.Content),
        };
    }

    private static TimeSpan? RetryAfter(Microsoft.Rest.HttpResponseMessageWrapper? response)
    {
        if (response?.Headers is not null && response.Headers.TryGetValue("Retry-After", out var values))
        {
            var value = values.FirstOrDefault();
            if (int.TryParse(value, out var seconds))
            {
                return TimeSpan.FromSeconds(seconds);
            }

            if (DateTimeOffset.TryParse(value, out var at))
            {
                return at - DateTimeOffset.UtcNow;
            }
        }

        return null;
    }
}
