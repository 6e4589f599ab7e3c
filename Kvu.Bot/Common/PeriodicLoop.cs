namespace Kvu.Bot.Common;

/// <summary>
/// The loop of a background job: a round at every tick of <c>interval</c> on the app's clock (TimeProvider, so a fake
/// clock drives it in tests), until the host stops. A round that fails, with any exception, is logged and the next
/// tick tries again: storage unreachable for a moment, a conflict or a bug in one round never stops the host (.NET
/// stops the whole app when a background service throws). Only cancellation at shutdown ends the loop.
/// </summary>
public static class PeriodicLoop
{
    /// <param name="firstRoundNow">A round at once (the default), or only at the first tick.</param>
    /// <param name="wakeUp">
    /// Completes when there is work before the next tick (e.g. a queue's WaitToReadAsync): the next round starts then.
    /// The ticks go on as well, so work left by a failed round is retried at the next tick.
    /// </param>
    public static async Task RunAsync(TimeSpan interval, TimeProvider time, string work, Func<CancellationToken, Task> round, ILogger logger,
        CancellationToken stoppingToken, bool firstRoundNow = true, Func<CancellationToken, Task<bool>>? wakeUp = null)
    {
        using var timer = new PeriodicTimer(interval, time);
        Task<bool>? tick = null;
        Task<bool>? wake = null;

        // A PeriodicTimer allows one wait at a time, so a tick still pending when the job was woken is kept for next time.
        async Task<bool> NextAsync()
        {
            tick ??= timer.WaitForNextTickAsync(stoppingToken).AsTask();
            if (wakeUp is not null)
            {
                wake ??= wakeUp(stoppingToken);
                if (await Task.WhenAny(tick, wake) == wake)
                {
                    var woken = await wake;
                    wake = null;
                    if (woken)
                    {
                        return true;
                    }

                    wakeUp = null; // the source is done: ticks only
                }
            }

            var ticked = await tick;
            tick = null;
            return ticked;
        }

        if (!firstRoundNow && !await NextAsync())
        {
            return;
        }

        do
        {
            try
            {
                await round(stoppingToken);
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(failure, "{Work} failed; retrying at the next tick", work);
            }
        }
        while (await NextAsync());
    }
}
