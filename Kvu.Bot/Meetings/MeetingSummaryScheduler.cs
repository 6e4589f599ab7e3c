namespace Kvu.Bot.Meetings;

/// <summary>
/// Runs the summary runner every PollInterval on every instance; the claims make the instances share the work.
/// The timer comes from TimeProvider, so a fake clock drives it in tests. The runner is resolved when the loop
/// starts, like StatusPostScheduler, so a bad bot identity fails start-up with the validator's message.
/// </summary>
public sealed class MeetingSummaryScheduler(IServiceProvider services, TimeProvider time, IOptions<MeetingSummaryOptions> options, ILogger<MeetingSummaryScheduler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.AutoSummaryEnabled)
        {
            logger.LogInformation("Summaries after meetings: background loop switched off (Meetings:AutoSummaryEnabled)");
            return;
        }

        var runner = services.GetRequiredService<MeetingSummaryRunner>();
        await PeriodicLoop.RunAsync(options.Value.PollInterval, time, "Summary run", token => runner.RunOnceAsync(time.GetUtcNow(), token), logger, stoppingToken);
    }
}
