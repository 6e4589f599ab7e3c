using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kvu.Bot.Storage;

/// <summary>
/// Reads one page of at most one entity from the bot's state table: cheap, and it proves the endpoint
/// answers, the credentials work and the table exists. With the client's short retry policy an outage
/// reports Unhealthy within a few seconds.
/// </summary>
public sealed class TableStorageHealthCheck : IHealthCheck
{
    private readonly TableServiceClient _serviceClient;

    public TableStorageHealthCheck(TableServiceClient serviceClient)
    {
        _serviceClient = serviceClient ?? throw new ArgumentNullException(nameof(serviceClient));
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var table = _serviceClient.GetTableClient(KvuTables.BotState);
        try
        {
            var pages = table.QueryAsync<TableEntity>(maxPerPage: 1, select: [nameof(TableEntity.PartitionKey)], cancellationToken: cancellationToken)
                .AsPages(pageSizeHint: 1);
            await using var enumerator = pages.GetAsyncEnumerator(cancellationToken);
            await enumerator.MoveNextAsync().ConfigureAwait(false);
            return HealthCheckResult.Healthy($"Table {KvuTables.BotState} answers.");
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return HealthCheckResult.Unhealthy($"Table {KvuTables.BotState} does not exist (TableInitializer creates it at start-up).", ex);
        }
        catch (RequestFailedException ex) when (ex.Status != 0)
        {
            return HealthCheckResult.Unhealthy($"Table storage answered {ex.Status} {ex.ErrorCode}.", ex);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Refused connections, DNS, timeouts after retries (AggregateException), credential failures.
            return HealthCheckResult.Unhealthy("Table storage cannot be reached.", ex);
        }
    }
}
