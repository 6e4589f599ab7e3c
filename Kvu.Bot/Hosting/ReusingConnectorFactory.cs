using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace Kvu.Bot.Hosting;

/// <summary>The connector factory a turn or proactive post gets: its clients come from <see cref="ReusedConnectorClients"/>.</summary>
internal sealed class ReusingConnectorFactory(ConnectorFactory sdkFactory, ClaimsIdentity identity, ReusedConnectorClients clients) : ConnectorFactory
{
    public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
        clients.GetAsync(sdkFactory, identity, serviceUrl, audience, cancellationToken);
}
