using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace Kvu.Bot.Hosting;

/// <summary>
/// The SDK's authentication unchanged, except for the clients it hands every turn: connector clients come from
/// <see cref="ReusedConnectorClients"/> instead of being built per turn, and the user token client is built only
/// when a turn uses it (<see cref="LazyUserTokenClient"/>).
/// </summary>
public sealed class ReusingBotFrameworkAuthentication(BotFrameworkAuthentication inner, ReusedConnectorClients connectorClients) : BotFrameworkAuthentication
{
    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new ReusingConnectorFactory(inner.CreateConnectorFactory(claimsIdentity), claimsIdentity, connectorClients);

    /// <summary>An incoming turn gets its connector factory with the authentication result, not from CreateConnectorFactory.</summary>
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        Reuse(await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false));

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        Reuse(await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken).ConfigureAwait(false));

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new LazyUserTokenClient(() => inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken)));

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    private AuthenticateRequestResult Reuse(AuthenticateRequestResult result)
    {
        if (result.ConnectorFactory is { } factory and not ReusingConnectorFactory && result.ClaimsIdentity is { } identity)
        {
            result.ConnectorFactory = new ReusingConnectorFactory(factory, identity, connectorClients);
        }

        return result;
    }
}
