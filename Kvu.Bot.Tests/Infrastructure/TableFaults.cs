using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Kvu.Bot.Tests.Infrastructure;

/// <summary>
/// Makes the bot's Table client fail as a store can: the next requests that match throw the queued exceptions, one
/// each (registered as a Kvu.Bot.Storage.TablePipelinePolicy, PerCall, so they pass no retry policy). Requests after
/// the queue is empty go through.
/// </summary>
public sealed class TableFaults(Func<Request, bool> matches, params Exception[] failures) : HttpPipelinePolicy
{
    private readonly ConcurrentQueue<Exception> _failures = new(failures);
    private int _thrown;

    /// <summary>How many requests were made to fail so far.</summary>
    public int Thrown => Volatile.Read(ref _thrown);

    /// <summary>GET requests to <paramref name="table"/> whose address (decoded) contains <paramref name="text"/>.</summary>
    public static Func<Request, bool> Reads(string table, string text) => request =>
        request.Method == RequestMethod.Get
        && request.Uri.Path.Contains(table, StringComparison.Ordinal)
        && Uri.UnescapeDataString(request.Uri.ToString()).Contains(text, StringComparison.Ordinal);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Fail(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Fail(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Fail(HttpMessage message)
    {
        if (matches(message.Request) && _failures.TryDequeue(out var failure))
        {
            Interlocked.Increment(ref _thrown);
            throw failure;
        }
    }
}
