using Azure.Core;
using Azure.Identity;
using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry.Resources;

namespace Kvu.Bot.Hosting;

public static class TelemetryExtensions
{
    /// <summary>The setting App Service gets from Bicep (the Application Insights resource's connection string).</summary>
    public const string ConnectionStringKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>Documented by Application Insights: <c>Authorization=AAD</c> (system-assigned identity) or <c>Authorization=AAD;ClientId=...</c>.</summary>
    public const string AuthenticationStringKey = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    /// <summary>A user-assigned identity for the exporter alone; without it the bot's storage identity is used.</summary>
    public const string ManagedIdentityClientIdKey = "Telemetry:ManagedIdentityClientId";

    /// <summary>
    /// Every meter of the bot is named <c>Kvu.Bot.&lt;feature&gt;</c> (<c>StatusPostMetrics.MeterName</c>, ...): one
    /// wildcard takes them all, including meters added later, without a list here that could fall behind.
    /// </summary>
    public const string Meters = "Kvu.Bot.*";

    public const string ServiceName = "Kvu.Bot";

    /// <summary>
    /// OpenTelemetry exported to Application Insights: requests to /api/messages, dependency calls (HttpClient to
    /// Graph and the Bot Connector; Table storage through the Azure SDK's own ActivitySource, which the distro
    /// switches on), logs, and the bot's meters. Only with <see cref="ConnectionStringKey"/> set: local
    /// development and tests export nothing and pay nothing for instrumentation. Application Insights in Azure has
    /// local (instrumentation key) auth disabled, so with a managed identity configured the exporter signs in with
    /// Entra ID; the identity needs the Monitoring Metrics Publisher role on the resource.
    /// </summary>
    public static IServiceCollection AddKvuTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration[ConnectionStringKey];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return services;
        }

        var credential = Credential(configuration);
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithMetrics(metrics => metrics.AddMeter(Meters))
            .UseAzureMonitor(options =>
            {
                options.ConnectionString = connectionString;
                options.Credential = credential;

                // Every turn, not the distro's default of a few traces a second: a werkgroep's traffic is small, and
                // a gemeente asking why one click failed needs that click's trace.
                options.TracesPerSecond = null;
                options.SamplingRatio = 1F;
            });
        return services;
    }

    /// <summary>
    /// The identity the exporter signs in with: <see cref="ManagedIdentityClientIdKey"/>, else the documented
    /// <see cref="AuthenticationStringKey"/>, else the bot's user-assigned identity for storage
    /// (<c>Storage:ManagedIdentityClientId</c>); none of these means the connection string's instrumentation key.
    /// </summary>
    internal static TokenCredential? Credential(IConfiguration configuration)
    {
        if (configuration[ManagedIdentityClientIdKey] is { Length: > 0 } telemetryIdentity)
        {
            return UserAssigned(telemetryIdentity);
        }

        if (configuration[AuthenticationStringKey] is { Length: > 0 } authentication)
        {
            var parts = authentication.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => p.Split('=', 2, StringSplitOptions.TrimEntries))
                .Where(p => p.Length == 2)
                .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);
            if (parts.TryGetValue("Authorization", out var kind) && kind.Equals("AAD", StringComparison.OrdinalIgnoreCase))
            {
                return parts.TryGetValue("ClientId", out var clientId) && clientId.Length > 0
                    ? UserAssigned(clientId)
                    : new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
            }
        }

        return configuration["Storage:ManagedIdentityClientId"] is { Length: > 0 } storageIdentity ? UserAssigned(storageIdentity) : null;
    }

    private static ManagedIdentityCredential UserAssigned(string clientId) =>
        new(ManagedIdentityId.FromUserAssignedClientId(clientId));
}
