using Azure.Core;
using Azure.Identity;
using Microsoft.Graph;

namespace Kvu.Bot.Meetings;

/// <summary>
/// Builds the GraphServiceClient through GraphClientFactory so the SDK's RetryHandler (429/503/504, honouring
/// Retry-After, 3 attempts) stays in the pipeline; a bare HttpClient would lose it. Tests pass their own final
/// handler to see every request at the HTTP boundary.
/// </summary>
public static class GraphClientBuilder
{
    private static readonly string[] AppOnlyScopes = ["https://graph.microsoft.com/.default"];

    public static TokenCredential CreateCredential(GraphOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ManagedIdentityClientId))
        {
            return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
        }

        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            return new ClientCertificateCredential(options.TenantId, options.ClientId, options.CertificatePath);
        }

        return new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret);
    }

    public static GraphServiceClient Create(TokenCredential credential, HttpMessageHandler? finalHandler = null)
    {
        var httpClient = GraphClientFactory.Create(GraphClientFactory.CreateDefaultHandlers(), finalHandler: finalHandler);
        return new GraphServiceClient(httpClient, credential, AppOnlyScopes);
    }
}
