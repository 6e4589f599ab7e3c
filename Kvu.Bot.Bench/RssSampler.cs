namespace Kvu.Bot.Bench;

/// <summary>The highest RSS seen while it runs, sampled every 50 ms (VmHWM only knows the process's lifetime peak).</summary>
internal sealed class RssSampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private double _peak;

    public RssSampler()
    {
        _peak = ProcessMemory.RssMiB();
        _loop = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
            {
                _peak = Math.Max(_peak, ProcessMemory.RssMiB());
            }
        });
    }

    public double PeakMiB => Math.Max(_peak, ProcessMemory.RssMiB());

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }
}
