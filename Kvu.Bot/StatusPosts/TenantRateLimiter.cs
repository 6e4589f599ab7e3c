using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Kvu.Bot.StatusPosts;

/// <summary>
/// Spaces the posts of one tenant: Teams allows a bot 50 requests/s per app per tenant (and 7/s per conversation;
/// a weekly run sends one message per channel, so the tenant limit is the one that binds). A 429 blocks the
/// tenant for its Retry-After. Tenants have separate gates, so one throttled tenant never slows the others.
/// Every wait goes through TimeProvider, so tests drive it with a fake clock.
/// </summary>
public sealed class TenantRateLimiter(TimeProvider time, IOptions<StatusPostOptions> options)
{
    private readonly ConcurrentDictionary<string, Gate> _gates = new();
    private readonly TimeSpan _interval = TimeSpan.FromSeconds(1.0 / options.Value.TenantRequestsPerSecond);

    public async Task WaitAsync(string tenantId, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(tenantId, _ => new Gate());
        DateTimeOffset slot;
        lock (gate)
        {
            var now = time.GetUtcNow();
            slot = Max(Max(now, gate.Next), gate.BlockedUntil);
            gate.Next = slot + _interval;
        }

        var delay = slot - time.GetUtcNow();
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, time, cancellationToken);
        }
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
        public DateTimeOffset Next { get; set; } = DateTimeOffset.MinValue;

        public DateTimeOffset BlockedUntil { get; set; } = DateTimeOffset.MinValue;
    }
}
