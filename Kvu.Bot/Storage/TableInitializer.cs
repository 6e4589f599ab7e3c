
namespace Kvu.Bot.Storage;

/// <summary>
/// Creates the bot's tables before the app takes traffic. Tables are made here and not in the stores'
/// constructors: a constructor cannot await, would run on the first turn instead of at start-up, and would
/// turn an unreachable storage account into a failed turn instead of a failed deployment.
/// </summary>
public sealed partial class TableInitializer : IHostedService
{
    private readonly TableServiceClient _serviceClient;
    private readonly ILogger<TableInitializer> _logger;

    public TableInitializer(TableServiceClient serviceClient, ILogger<TableInitializer> logger)
    {
        _serviceClient = serviceClient ?? throw new ArgumentNullException(nameof(serviceClient));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var table in KvuTables.All)
        {
            try
            {
                await _serviceClient.CreateTableIfNotExistsAsync(table, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // The connection string holds a key, so name the endpoint and the setting, never its value.
                throw new InvalidOperationException(
                    $"Azure Table storage at {_serviceClient.Uri} could not create table '{table}' ({FirstLine(ex)}). "
                    + $"Check {StorageOptions.SectionName}:ConnectionString (locally: is Azurite running? npm ci, then "
                    + "node_modules/.bin/azurite-table), or in Azure Storage:TableEndpoint and the managed identity's "
                    + "'Storage Table Data Contributor' role.",
                    ex);
            }
        }

        LogTablesReady(string.Join(", ", KvuTables.All), _serviceClient.Uri);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static string FirstLine(Exception ex)
    {
        var message = (ex is AggregateException { InnerException: { } inner } ? inner : ex).Message;
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tables ready: {Tables} at {Endpoint}")]
    private partial void LogTablesReady(string tables, Uri endpoint);
}
