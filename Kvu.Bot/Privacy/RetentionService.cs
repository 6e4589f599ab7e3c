namespace Kvu.Bot.Privacy;

/// <summary>
/// Runs <see cref="ProjectRetention"/> every <see cref="PrivacyOptions.RetentionInterval"/> on the shared loop (the
/// app's TimeProvider, so a fake clock drives it in tests). Every instance runs it; deleting what is already deleted
/// changes nothing, so two instances at once do no harm.
/// </summary>
public sealed class RetentionService(ProjectRetention retention, TimeProvider time, IOptions<PrivacyOptions> options, ILogger<RetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RetentionEnabled)
        {
            logger.LogInformation("Retention of archived projects: background loop switched off (Privacy:RetentionEnabled)");
            return;
        }

        await PeriodicLoop.RunAsync(options.Value.RetentionInterval, time, "Retention run", token => retention.RunOnceAsync(time.GetUtcNow(), token), logger, stoppingToken);
    }
}
