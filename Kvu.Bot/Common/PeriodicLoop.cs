namespace Kvu.Bot.Common;

/// <summary>
/// The loop of a background job: a round now and then one at every tick of <c>interval</c> on the app's clock
/// (TimeProvider, so a fake clock drives it in tests), until the host stops. A round that fails is logged and the
/// next tick tries again: storage unreachable for a moment, say, loses nothing.
/// </summary>
public static class PeriodicLoop
{
    public static async Task RunAsync(TimeSpan interval, TimeProvider time, string work, Func<CancellationToken, Task> round, ILogger logger, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                await round(stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                logger.LogError(failure, "{Work} failed; retrying at the next tick", work);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
