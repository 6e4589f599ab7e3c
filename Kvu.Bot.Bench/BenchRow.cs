namespace Kvu.Bot.Bench;

/// <summary>One line of the results table; "—" where a column does not apply.</summary>
internal sealed record BenchRow(
    string Id,
    string Scenario,
    string Load = "—",
    string TurnsPerSecond = "—",
    string P50 = "—",
    string P95 = "—",
    string P99 = "—",
    string Other = "",
    string Target = "",
    string Met = "");
