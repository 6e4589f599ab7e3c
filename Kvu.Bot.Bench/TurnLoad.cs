using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Bench;

/// <summary>
/// N conversations, each one user typing the next message as soon as the bot has answered the last (closed
/// loop, as Teams delivers a conversation's messages one after another). Every conversation has its first turn
/// (which stores the address for proactive posts) before the clock starts, so what is measured is ordinary turns.
/// </summary>
internal sealed class TurnLoad(HttpClient client, Uri messagesUrl, string serviceUrl)
{
    /// <summary>An ordinary turn: the bot answers with its help text (KvuBot) or echoes it (EchoBot).</summary>
    public const string Text = "help";

    private const string IdPlaceholder = "__ACTIVITY_ID__";

    /// <param name="firstTurnsDone">Called when every conversation has had its first turn: the ordinary turns start.</param>
    /// <param name="offeredPerSecond">
    /// Null: each conversation sends at once when answered (the most the bot can do; latency is then mostly
    /// queueing, by Little's law conversations / throughput). A rate: the conversations together offer this many
    /// turns per second, each conversation at most one turn in flight (a user waits for the answer), so latency
    /// shows what a turn costs at that load.
    /// </param>
    public async Task<LoadResult> RunAsync(int conversations, TimeSpan warmUp, TimeSpan measure, Action firstTurnsDone, double? offeredPerSecond = null, CancellationToken cancellationToken = default)
    {
        var teams = new TeamsActivity(serviceUrl);
        var templates = Enumerable.Range(0, conversations)
            .Select(_ =>
            {
                var activity = teams.PersonalMessage(TeamsActivity.NewPersonalConversationId(), Text);
                activity["id"] = IdPlaceholder;
                return activity.ToJsonString();
            })
            .ToArray();

        // First turns, not measured.
        await Task.WhenAll(templates.Select(t => SendAsync(t)));
        firstTurnsDone();
        var ordinary = 0;

        var failed = 0;
        var completedInWindow = 0;
        var latencies = new List<double>[conversations];
        var measureFrom = Stopwatch.GetTimestamp() + (long)(warmUp.TotalSeconds * Stopwatch.Frequency);
        var stopAt = measureFrom + (long)(measure.TotalSeconds * Stopwatch.Frequency);
        var cpuBefore = TimeSpan.Zero;
        var cpuMarked = 0;
        var interval = offeredPerSecond is double rate ? (long)(conversations / rate * Stopwatch.Frequency) : 0;
        var workers = Enumerable.Range(0, conversations).Select(i => Task.Run(async () =>
        {
            var mine = latencies[i] = new List<double>(4096);

            // Paced conversations start spread over one interval, so that the offered load is even.
            var next = Stopwatch.GetTimestamp() + interval * i / conversations;
            while (true)
            {
                if (interval > 0)
                {
                    var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), next);
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait, cancellationToken);
                    }

                    next = Math.Max(next + interval, Stopwatch.GetTimestamp());
                }

                var started = Stopwatch.GetTimestamp();
                if (started >= stopAt)
                {
                    return;
                }

                if (started >= measureFrom && Interlocked.Exchange(ref cpuMarked, 1) == 0)
                {
                    cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                }

                var ok = await SendAsync(templates[i]);
                var ended = Stopwatch.GetTimestamp();
                Interlocked.Increment(ref ordinary);

                // Throughput: turns completed inside the window. Latency: turns that started inside it.
                if (ok && ended >= measureFrom && ended < stopAt)
                {
                    Interlocked.Increment(ref completedInWindow);
                }

                if (started < measureFrom)
                {
                    continue;
                }

                if (ok)
                {
                    mine.Add(Stopwatch.GetElapsedTime(started, ended).TotalMilliseconds);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }, cancellationToken)).ToArray();
        await Task.WhenAll(workers);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        var all = latencies.SelectMany(l => l).ToList();
        var stats = LatencyStats.From(all, failed, measure) with { Count = completedInWindow };
        return new LoadResult(stats, conversations, ordinary, cpu.TotalMilliseconds / Math.Max(1, all.Count));
    }

    private async Task<bool> SendAsync(string template)
    {
        var body = template.Replace(IdPlaceholder, TeamsActivity.NewId(), StringComparison.Ordinal);
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync(messagesUrl, content);
        return response.IsSuccessStatusCode;
    }
}
