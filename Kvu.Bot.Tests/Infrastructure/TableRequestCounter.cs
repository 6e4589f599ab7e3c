using Azure.Core;
using Azure.Core.Pipeline;

namespace Kvu.Bot.Tests.Infrastructure;

/// <summary>
/// Counts the HTTP requests the bot's Table client sends (every attempt, retries included) and the time they
/// take, as a step in the client's own pipeline (registered as a Kvu.Bot.Storage.TablePipelinePolicy).
/// Also compiled into Kvu.Bot.Bench.
/// </summary>
public sealed class TableRequestCounter : HttpPipelinePolicy
{
    private long _requests;
    private long _elapsedTicks;

    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Summed wall-clock time of all requests, overlapping ones counted each.</summary>
    public TimeSpan Elapsed => TimeSpan.FromTicks(Interlocked.Read(ref _elapsedTicks));

    public void Reset()
    {
        Interlocked.Exchange(ref _requests, 0);
        Interlocked.Exchange(ref _elapsedTicks, 0);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            ProcessNext(message, pipeline);
        }
        finally
        {
            Record(started);
        }
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        }
        finally
        {
            Record(started);
        }
    }

    private void Record(long started)
    {
        Interlocked.Increment(ref _requests);
        Interlocked.Add(ref _elapsedTicks, System.Diagnostics.Stopwatch.GetElapsedTime(started).Ticks);
    }
}
