using System.Collections.Concurrent;
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
    private readonly ConcurrentDictionary<string, long> _byKind = new(StringComparer.Ordinal);
    private long _requests;
    private long _elapsedTicks;

    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Summed wall-clock time of all requests, overlapping ones counted each.</summary>
    public TimeSpan Elapsed => TimeSpan.FromTicks(Interlocked.Read(ref _elapsedTicks));

    /// <summary>Requests by kind, e.g. "GET Projects" (a point read), "GET Meetings query", "POST $batch".</summary>
    public IReadOnlyDictionary<string, long> ByKind => new Dictionary<string, long>(_byKind, StringComparer.Ordinal);

    /// <summary>
    /// Waits until the app's start-up work is done (the reminder loops run their first round when the host starts,
    /// shortly after the first request), that is until no request came for <paramref name="quiet"/>, then resets.
    /// </summary>
    public async Task ResetWhenQuietAsync(TimeSpan? quiet = null)
    {
        var still = quiet ?? TimeSpan.FromMilliseconds(400);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        var seen = Requests;
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(still);
            var now = Requests;
            if (now == seen)
            {
                break;
            }

            seen = now;
        }

        Reset();
    }

    public void Reset()
    {
        _byKind.Clear();
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
            Record(message, started);
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
            Record(message, started);
        }
    }

    private void Record(HttpMessage message, long started)
    {
        var uri = message.Request.Uri;
        var table = uri.Path.TrimEnd('/').Split('/')[^1].Split('(')[0];
        var query = uri.Query.Contains("%24filter", StringComparison.Ordinal) || uri.Query.Contains("$filter", StringComparison.Ordinal);
        _byKind.AddOrUpdate($"{message.Request.Method} {table}{(query ? " query" : string.Empty)}", 1, (_, n) => n + 1);
        Interlocked.Increment(ref _requests);
        Interlocked.Add(ref _elapsedTicks, System.Diagnostics.Stopwatch.GetElapsedTime(started).Ticks);
    }
}
