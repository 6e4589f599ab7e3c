namespace Kvu.Bot.Bench;

/// <summary>
/// "At most <see cref="Limit"/> requests in any <see cref="Window"/>": the accepted requests' times, oldest first.
/// Not thread-safe; the caller locks.
/// </summary>
internal sealed class SlidingWindow(int limit, TimeSpan window)
{
    private readonly Queue<DateTimeOffset> _accepted = new();

    public int Limit => limit;

    public TimeSpan Window => window;

    /// <returns>Null when a request at <paramref name="now"/> is within the limit, else how long until it would be.</returns>
    public TimeSpan? WaitNeeded(DateTimeOffset now)
    {
        while (_accepted.Count > 0 && now - _accepted.Peek() >= window)
        {
            _accepted.Dequeue();
        }

        return _accepted.Count < limit ? null : _accepted.Peek() + window - now;
    }

    public void Accept(DateTimeOffset now) => _accepted.Enqueue(now);
}
