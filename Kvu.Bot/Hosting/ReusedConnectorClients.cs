using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Newtonsoft.Json.Serialization;

namespace Kvu.Bot.Hosting;

/// <summary>
/// The SDK (4.23.1) builds a new ConnectorClient for every turn and every proactive post, and disposes it when the
/// turn ends. Building one costs more than the rest of an ordinary turn's bot code: its constructor compiles eight
/// regular expressions for the User-Agent header, and each client brings new JSON contract resolvers, whose
/// contracts for Activity (reflection plus generated IL) were rebuilt for every reply (docs/performance.md).
/// Here one client per (bot identity, serviceUrl, audience) serves every turn, as the SDK's older
/// BotFrameworkAdapter did. Its credentials are the ones the SDK's own factory makes for that identity and
/// audience, so the tokens sent are the ones the SDK would send. After <see cref="Lifetime"/> the next turn gets a
/// new client with a new HttpClient from IHttpClientFactory, so that the factory's handler rotation (DNS changes)
/// still applies; turns in flight finish on the old one. All clients share the first client's contract
/// resolvers, whose caches are thread-safe.
/// </summary>
public sealed class ReusedConnectorClients(IHttpClientFactory httpClients, TimeProvider clock)
{
    /// <summary>IHttpClientFactory's own handler lifetime.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    private readonly ConcurrentDictionary<Key, Entry> _clients = new();
    private IContractResolver? _serialization;
    private IContractResolver? _deserialization;

    /// <param name="sdkFactory">The SDK's factory for <paramref name="identity"/>, used when a new client is needed.</param>
    public async Task<IConnectorClient> GetAsync(ConnectorFactory sdkFactory, ClaimsIdentity identity, string serviceUrl, string? audience, CancellationToken cancellationToken)
    {
        var key = new Key(BotIdentity(identity), serviceUrl, audience);
        var now = clock.GetUtcNow();
        if (!_clients.TryGetValue(key, out var entry) || entry.ExpiresAt <= now)
        {
            entry = _clients.AddOrUpdate(
                key,
                static (_, arguments) => arguments.Self.NewEntry(arguments.SdkFactory, arguments.ServiceUrl, arguments.Audience, arguments.Now),
                static (_, existing, arguments) => existing.ExpiresAt > arguments.Now
                    ? existing
                    : arguments.Self.NewEntry(arguments.SdkFactory, arguments.ServiceUrl, arguments.Audience, arguments.Now),
                (Self: this, SdkFactory: sdkFactory, ServiceUrl: serviceUrl, Audience: audience, Now: now));
            ForgetExpired(now);
        }

        try
        {
            return await entry.Client.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch when (entry.Client.Value.IsFaulted || entry.Client.Value.IsCanceled)
        {
            // A client that could not be built (credentials failing, say) must not stay cached: the next turn tries again.
            _clients.TryRemove(new KeyValuePair<Key, Entry>(key, entry));
            throw;
        }
    }

    /// <summary>
    /// The SDK's factory knows the bot only by the app id it reads from these two claims ("aud", else "appid");
    /// keying on both is at least as fine as the SDK.
    /// </summary>
    private static string BotIdentity(ClaimsIdentity identity) =>
        string.Join('\n', identity.Claims
            .Where(claim => claim.Type is AuthenticationConstants.AudienceClaim or AuthenticationConstants.AppIdClaim)
            .Select(claim => $"{claim.Type}={claim.Value}"));

    private Entry NewEntry(ConnectorFactory sdkFactory, string serviceUrl, string? audience, DateTimeOffset now) =>
        new(new Lazy<Task<ConnectorClient>>(() => CreateAsync(sdkFactory, serviceUrl, audience)), now + Lifetime);

    private async Task<ConnectorClient> CreateAsync(ConnectorFactory sdkFactory, string serviceUrl, string? audience)
    {
        // Not the turn's cancellation token: the client serves other turns too.
        using var sdkClient = await sdkFactory.CreateAsync(serviceUrl, audience, CancellationToken.None).ConfigureAwait(false);
        var httpClient = httpClients.CreateClient();
        ConnectorClient.AddDefaultRequestHeaders(httpClient);
        var client = new ReusableConnectorClient(new Uri(serviceUrl), sdkClient.Credentials, httpClient);
        client.SerializationSettings.ContractResolver = Shared(ref _serialization, client.SerializationSettings.ContractResolver);
        client.DeserializationSettings.ContractResolver = Shared(ref _deserialization, client.DeserializationSettings.ContractResolver);
        return client;
    }

    private static IContractResolver? Shared(ref IContractResolver? shared, IContractResolver? fresh) =>
        fresh is null ? null : Interlocked.CompareExchange(ref shared, fresh, null) ?? fresh;

    /// <summary>Clients of serviceUrls no longer used (Teams moved a tenant to another region) would otherwise stay forever.</summary>
    private void ForgetExpired(DateTimeOffset now)
    {
        foreach (var (key, entry) in _clients)
        {
            if (entry.ExpiresAt <= now)
            {
                _clients.TryRemove(new KeyValuePair<Key, Entry>(key, entry));
            }
        }
    }

    private readonly record struct Key(string BotIdentity, string ServiceUrl, string? Audience);

    private sealed class Entry(Lazy<Task<ConnectorClient>> client, DateTimeOffset expiresAt)
    {
        public Lazy<Task<ConnectorClient>> Client { get; } = client;

        public DateTimeOffset ExpiresAt { get; } = expiresAt;
    }
}
