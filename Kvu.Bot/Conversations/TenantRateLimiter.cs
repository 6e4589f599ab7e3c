using System.Collections.Concurrent;

namespace Kvu.Bot.Conversations;

/// <summary>
/// Keeps the proactive posts of one tenant within Teams' limit of 50 requests per second per app per tenant (and 7/s
/// per conversation; a weekly run sends one message per channel, so the tenant limit is the one that binds): at most
/// TenantRequestsPerSecond sends in any window of a second, the way Teams counts. One instance per process, inside
/// <see cref="ProactiveSender"/>, so weekly posts, invitations and reminders to one tenant share the budget. A tenant
/// with many posts gets a full second's worth at once, then one more each time the oldest leaves the window, so a run
/// takes no longer than the limit requires. The window is a little longer than Teams' second to absorb the network's jitter.
/// A 429 blocks the tenant for its Retry-After. Tenants have separate gates, so one throttled tenant never slows the
/// others. Every wait goes through TimeProvider, so tests drive it with a fake clock.
/// </summary>
public sealed class TenantRateLimiter(TimeProvider time, IOptions<ProactiveOptions> options)
{
    /// <summary>Teams' window plus room for requests arriving at Teams a little later or earlier than they left.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMilliseconds(1050);

    private readonly ConcurrentDictionary<string, Gate> _gates = new();
    private readonly int _perWindow = options.Value.TenantRequestsPerSecond;

    /// <summary>Waits for the tenant's next slot; with <paramref name="maxWait"/>, takes none and says how long it would have been when that is longer.</summary>
    /// <returns>Zero when the slot was taken; otherwise the wait that was too long.</returns>
    public async Task<TimeSpan> WaitAsync(string tenantId, TimeSpan? maxWait, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(tenantId, _ => new Gate());
        DateTimeOffset slot;
        lock (gate)
        {
            slot = Max(time.GetUtcNow(), gate.BlockedUntil);
            if (gate.Sent.Count >= _perWindow)
            {
                slot = Max(slot, gate.Sent.Peek() + Window);
            }

            var tooLong = slot - time.GetUtcNow();
            if (maxWait is { } most && tooLong > most)
            {
                return tooLong;
            }

            if (gate.Sent.Count >= _perWindow)
            {
                gate.Sent.Dequeue();
            }

            // Slots never decrease (each is the latest of values that only grow), so the queue stays in order.
            gate.Sent.Enqueue(slot);
        }

        var delay = slot - time.GetUtcNow();
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, time, cancellationToken);
        }

        return TimeSpan.Zero;
    }

    /// <summary>Teams said 429: nothing more to this tenant until <paramref name="retryAfter"/> has passed.</summary>
    public void Block(string tenantId, TimeSpan retryAfter)
    {
        var gate = _gates.GetOrAdd(tenantId, _ => new Gate());
        lock (gate)
        {
            gate.BlockedUntil = Max(gate.BlockedUntil, time.GetUtcNow() + retryAfter);
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private sealed class Gate
    {
        /// <summary>The send times of the last TenantRequestsPerSecond sends, oldest first.</summary>
        public Queue<DateTimeOffset> Sent { get; } = new();

        public DateTimeOffset BlockedUntil { get; set; } = DateTimeOffset.MinValue;
    }
}
