using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Newtonsoft.Json.Serialization;

namespace Kvu.Bot.Hosting;

/// <summary>
/// The SDK (4.23.1) builds a new ConnectorClient for every turn and every proactive post, and each client comes
/// with two new Newtonsoft contract resolvers. A resolver caches the contracts it builds (reflection plus
/// generated IL that must be JIT-compiled), so with a new one per turn every reply paid for building the
/// Activity contracts again: 15-20 ms of CPU per turn, three quarters of a bare echo turn's CPU (measured with
/// Kvu.Bot.Bench and perf, docs/performance.md). Here the clients stay per turn as the SDK makes them, but all
/// share the first client's resolvers, whose caches are thread-safe.
/// </summary>
public sealed class SharedContractsConnectorFactory(ConnectorFactory inner, SharedContractsConnectorFactory.Resolvers resolvers) : ConnectorFactory
{
    public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
    {
        var client = await inner.CreateAsync(serviceUrl, audience, cancellationToken).ConfigureAwait(false);
        client.SerializationSettings.ContractResolver = resolvers.Serialization(client.SerializationSettings.ContractResolver);
        client.DeserializationSettings.ContractResolver = resolvers.Deserialization(client.DeserializationSettings.ContractResolver);
        return client;
    }

    /// <summary>The resolvers of the first client, kept for the app's lifetime.</summary>
    public sealed class Resolvers
    {
        private IContractResolver? _serialization;
        private IContractResolver? _deserialization;

        public IContractResolver? Serialization(IContractResolver? fresh) =>
            fresh is null ? null : Interlocked.CompareExchange(ref _serialization, fresh, null) ?? fresh;

        public IContractResolver? Deserialization(IContractResolver? fresh) =>
            fresh is null ? null : Interlocked.CompareExchange(ref _deserialization, fresh, null) ?? fresh;
    }
}
