using Microsoft.Extensions.Options;

namespace Kvu.Bot.Meetings;

// Runs the summary runner every PollInterval on every instance; the claims make the instances share the work.
// The timer comes from TimeProvider, so a fake clock drives it in tests. The runner is resolved when the loop
// starts, like StatusPostScheduler, so a bad bot identity fails start-up with the validator's message.
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
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        do
        {
            try
            {
                await runner.RunOnceAsync(time.GetUtcNow(), stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // Storage unreachable for a moment, say: the next tick tries again; nothing is lost.
                logger.LogError(failure, "Summary run failed; retrying at the next tick");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
