using System.Diagnostics;
using System.Globalization;
using Kvu.Bot.Documents;
using Kvu.Bot.Tests.Documents;

namespace Kvu.Bot.Bench;

/// <summary>
/// Row 8 (issue 17): writing the voortgangsrapportage of the realistic project the document tests use
/// (<see cref="DocumentExamples"/>: three years, 40 measures with their progress, 12 metingen, some 150 decisions in
/// the log), as the bot does after reading the facts: time per document (p50/p95/p99 over the runs, after untimed runs
/// that warm the JIT), the managed bytes allocated while writing one (on this thread: the writer is synchronous; zlib's native buffers
/// are not counted) and the
/// size of the .docx. Reading the facts is not in it: that is one point read and a few partition queries, as row 6.
/// </summary>
internal static class ReportGeneration
{
    private const int WarmUpRuns = 10;
    private const int MeasuredRuns = 100;
    private const double BytesPerMiB = 1024 * 1024;

    public static BenchRow Run()
    {
        var facts = DocumentExamples.Facts();
        var nextReport = new DateOnly(2029, 7, 1);
        byte[] Write() => DocumentWriter.Write(DocumentKind.Voortgangsrapportage, facts, DocumentExamples.FirstQuarter2029, nextReport);

        for (var i = 0; i < WarmUpRuns; i++)
        {
            Write();
        }

        GC.Collect();
        var latencies = new List<double>(MeasuredRuns);
        var allocated = new List<long>(MeasuredRuns);
        var size = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < MeasuredRuns; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var started = Stopwatch.GetTimestamp();
            size = Write().Length;
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            allocated.Add(GC.GetAllocatedBytesForCurrentThread() - before);
        }

        var stats = LatencyStats.From(latencies, 0, clock.Elapsed);
        allocated.Sort();
        var medianAllocated = allocated[allocated.Count / 2] / BytesPerMiB;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  voortgangsrapportage: p50 {stats.P50Ms:0.0} p99 {stats.P99Ms:0.0} ms, {medianAllocated:0.0} MiB allocated, {size / 1024.0:0} KiB"));
        return new BenchRow(
            "8", $"writing the voortgangsrapportage of a 3-year project ({facts.Measures.Count} measures, {facts.Project.Metingen.Count} metingen, {facts.Project.Decisions.Count} decisions in its log)",
            Load: $"1 thread, {MeasuredRuns} documents",
            TurnsPerSecond: stats.PerSecond.ToString("0", CultureInfo.InvariantCulture),
            P50: Bench.Ms(stats.P50Ms), P95: Bench.Ms(stats.P95Ms), P99: Bench.Ms(stats.P99Ms),
            Other: string.Create(CultureInfo.InvariantCulture,
                $"managed allocations {medianAllocated:0.0} MiB per document (median; max {allocated[^1] / BytesPerMiB:0.0}); .docx {size / 1024.0:0} KiB (zipped)"),
            Target: "p99 < 1,000 ms (she waits in the chat), < 50 MiB allocated per document",
            Met: stats.P99Ms < 1000 && allocated[^1] < 50 * BytesPerMiB ? "yes" : "NO");
    }
}
