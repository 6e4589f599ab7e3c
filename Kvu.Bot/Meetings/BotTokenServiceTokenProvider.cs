using System.Security.Claims;
using Kvu.Bot.Conversations;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace Kvu.Bot.Meetings;

/// <summary>
/// The projectleider's delegated Graph token from the Bot Framework token service (GET /api/usertoken/GetToken on
/// the token service), for the Azure Bot OAuth connection Graph:DelegatedConnectionName. The token is there once
/// the user has signed in to that connection (Teams SSO token exchange or a sign-in card); the bot itself never
/// sees a password or a refresh token. The client authenticates as the bot (app id from MicrosoftAppId).
/// </summary>
public sealed class BotTokenServiceTokenProvider(
    BotFrameworkAuthentication authentication,
    IOptions<BotAuthenticationOptions> identity,
    IOptions<GraphOptions> graph,
    ILogger<BotTokenServiceTokenProvider> logger) : IDelegatedTokenProvider
{
    private const string TeamsChannel = "msteams";

    public async Task<string?> GetTokenAsync(string tenantId, string userId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(graph.Value.DelegatedConnectionName))
        {
            return null;
        }

        var appId = identity.Value.MicrosoftAppId ?? string.Empty;
        var bot = new ClaimsIdentity(
        [
            new Claim(AuthenticationConstants.AudienceClaim, appId),
            new Claim(AuthenticationConstants.AppIdClaim, appId),
        ]);
        TokenResponse? token;
        try
        {
            using var client = await authentication.CreateUserTokenClientAsync(bot, cancellationToken);
            token = await client.GetUserTokenAsync(userId, graph.Value.DelegatedConnectionName, TeamsChannel, null, cancellationToken);
        }
        catch (Exception failure) when (failure is HttpRequestException or Microsoft.Rest.HttpOperationException)
        {
            // The token service unreachable or refusing: the summary is then posted by the bot, not lost.
            logger.LogWarning(failure, "Token service failed for user {UserId} in tenant {TenantId}", userId, tenantId);
            return null;
        }

        if (token?.Token is null)
        {
            logger.LogInformation("No delegated Graph token for user {UserId} in tenant {TenantId} (not signed in to {Connection})",
                userId, tenantId, graph.Value.DelegatedConnectionName);
        }

        return token?.Token;
    }
}
