using Microsoft.Bot.Builder;

namespace Kvu.Bot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Table storage for the whole bot: options (validated at start-up), one TableServiceClient, the bot's
    /// IStorage, the conversation store, table creation at start-up and the "tables" health check.
    /// </summary>
    public static IServiceCollection AddKvuStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // One client for the app: it holds the HTTP pipeline and connection pool. Extra pipeline policies
        // (TablePipelinePolicy; none by default) let the benchmark and a test count Table requests.
        services.AddSingleton(sp => TableServiceClientFactory.Create(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value,
            sp.GetServices<TablePipelinePolicy>()));
        services.AddSingletonAlso<IStorage, TableBotStorage>();
        services.AddSingleton<ConversationStore>();
        services.AddHostedService<TableInitializer>();
        services.AddHealthChecks().AddCheck<TableStorageHealthCheck>("tables");
        return services;
    }
}
