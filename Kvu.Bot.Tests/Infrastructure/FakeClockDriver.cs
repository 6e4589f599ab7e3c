using Microsoft.Extensions.Time.Testing;

namespace Kvu.Bot.Tests.Infrastructure;

/// <summary>
/// Moves a fake clock on in small steps while some work runs, as real time would: the work's own waits (the
/// tenant's rate, a Retry-After) pass in fake time only, and each step lets the continuations it released run first.
/// </summary>
public static class FakeClockDriver
{
    public static async Task<T> DriveAsync<T>(this FakeTimeProvider clock, Task<T> work, TimeSpan step, TimeSpan? pause = null)
    {
        await clock.DriveAsync((Task)work, step, pause);
        return await work;
    }

    /// <param name="pause">Real time between steps; longer makes the times the work records more exact.</param>
    public static async Task DriveAsync(this FakeTimeProvider clock, Task work, TimeSpan step, TimeSpan? pause = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!work.IsCompleted && DateTime.UtcNow < deadline)
        {
            await Task.WhenAny(work, Task.Delay(pause ?? TimeSpan.FromMilliseconds(5)));
            if (!work.IsCompleted)
            {
                lock (clock)
                {
                    clock.Advance(step);
                }
            }
        }

        // A wait the fake time does not end fails the test instead of hanging the whole run.
        if (!work.IsCompleted)
        {
            throw new TimeoutException("The work did not finish within 30 s of real time while the fake clock moved on.");
        }

        await work;
    }
}
