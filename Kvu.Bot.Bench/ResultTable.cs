using System.Text;

namespace Kvu.Bot.Bench;

/// <summary>The one table the bench prints, as Markdown so that docs/performance.md can keep it verbatim.</summary>
internal static class ResultTable
{
    private static readonly string[] Headers = ["#", "scenario", "load", "turns/s", "p50 ms", "p95 ms", "p99 ms", "other", "target", "met"];

    public static string Render(IEnumerable<BenchRow> rows)
    {
        var cells = rows.Select(r => new[] { r.Id, r.Scenario, r.Load, r.TurnsPerSecond, r.P50, r.P95, r.P99, r.Other, r.Target, r.Met }).ToList();
        var widths = Headers.Select((h, i) => Math.Max(h.Length, cells.Select(c => c[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        var text = new StringBuilder();
        Line(text, Headers, widths);
        text.AppendLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
        foreach (var row in cells)
        {
            Line(text, row, widths);
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, IReadOnlyList<string> cells, int[] widths) =>
        text.AppendLine("| " + string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))) + " |");
}
