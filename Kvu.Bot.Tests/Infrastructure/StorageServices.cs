using Azure.Data.Tables;
using Kvu.Bot.Formation;
using Kvu.Bot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kvu.Bot.Tests.Infrastructure;

/// <summary>The storage layer wired exactly as the app wires it (AddKvuStorage, AddKvuProjects), pointed at a test Azurite.</summary>
public static class StorageServices
{
    public static ServiceProvider Build(string connectionString, IDictionary<string, string?>? extraSettings = null)
    {
        var settings = new Dictionary<string, string?> { ["Storage:ConnectionString"] = connectionString };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddKvuStorage(configuration);
        services.AddKvuProjects();
        return services.BuildServiceProvider();
    }

    /// <summary>Builds the services and runs the app's start-up table creation.</summary>
    public static async Task<ServiceProvider> StartAsync(string connectionString)
    {
        var provider = Build(connectionString);
        foreach (var hostedService in provider.GetServices<IHostedService>())
        {
            await hostedService.StartAsync(CancellationToken.None);
        }

        return provider;
    }

    /// <summary>A table of its own for a test class, so tests cannot see each other's entities.</summary>
    public static async Task<GuardedTable> CreateUniqueTableAsync(TableServiceClient serviceClient, string prefix)
    {
        var name = prefix + Guid.NewGuid().ToString("N")[..12];
        await serviceClient.CreateTableIfNotExistsAsync(name);
        return new GuardedTable(serviceClient.GetTableClient(name));
    }
}
