using Azure.Core;
using Azure.Identity;

namespace Kvu.Bot.Storage;

/// <summary>Builds the one TableServiceClient of the app from <see cref="StorageOptions"/>.</summary>
internal static class TableServiceClientFactory
{
    public static TableServiceClient Create(StorageOptions options, IEnumerable<TablePipelinePolicy>? extraPolicies = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clientOptions = CreateClientOptions();
        foreach (var extra in extraPolicies ?? [])
        {
            clientOptions.AddPolicy(extra.Policy, extra.Position);
        }

        if (options.TableEndpoint is { } endpoint)
        {
            // A token instead of an account key: in Azure nothing secret is configured at all.
            TokenCredential credential = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
                ? new DefaultAzureCredential()
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
            return new TableServiceClient(endpoint, credential, clientOptions);
        }

        return new TableServiceClient(options.ConnectionString, clientOptions);
    }

    /// <summary>
    /// Azure.Core's defaults (3 retries, up to 1 min apart, 100 s network timeout) make a storage outage
    /// hold a turn far longer than Teams waits (about 5 s for an invoke, 15 s for a message). With these, a
    /// refused connection or a 5xx fails the turn in about 1-3 s, and the error handler can tell the user.
    /// A hanging endpoint is bounded by the network timeout per attempt.
    /// </summary>
    internal static TableClientOptions CreateClientOptions()
    {
        var clientOptions = new TableClientOptions();
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.MaxRetries = 2;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(5);
        return clientOptions;
    }
}
