namespace Kvu.Bot.Bench;

/// <summary>Percentiles of a set of latencies (nearest rank); <see cref="Count"/> turns completed in <see cref="Duration"/>.</summary>
internal sealed record LatencyStats(int Count, int Failed, TimeSpan Duration, double P50Ms, double P95Ms, double P99Ms, double MaxMs)
{
    public double PerSecond => Count / Duration.TotalSeconds;

    public static LatencyStats From(List<double> milliseconds, int failed, TimeSpan duration)
    {
        milliseconds.Sort();
        return new LatencyStats(
            milliseconds.Count,
            failed,
            duration,
            Percentile(milliseconds, 50),
            Percentile(milliseconds, 95),
            Percentile(milliseconds, 99),
            milliseconds.Count == 0 ? double.NaN : milliseconds[^1]);
    }

    private static double Percentile(List<double> sorted, double percent)
    {
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
