using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace Kvu.Bot.Hosting;

/// <summary>The SDK's authentication unchanged, except that its connector clients share their JSON contracts (<see cref="SharedContractsConnectorFactory"/>).</summary>
public sealed class SharedContractsBotFrameworkAuthentication(BotFrameworkAuthentication inner) : BotFrameworkAuthentication
{
    private readonly SharedContractsConnectorFactory.Resolvers _resolvers = new();

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new SharedContractsConnectorFactory(inner.CreateConnectorFactory(claimsIdentity), _resolvers);

    // An incoming turn gets its connector factory with the authentication result, not from CreateConnectorFactory.
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        Share(await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false));

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        Share(await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken).ConfigureAwait(false));

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    private AuthenticateRequestResult Share(AuthenticateRequestResult result)
    {
        if (result.ConnectorFactory is { } factory and not SharedContractsConnectorFactory)
        {
            result.ConnectorFactory = new SharedContractsConnectorFactory(factory, _resolvers);
        }

        return result;
    }
}
