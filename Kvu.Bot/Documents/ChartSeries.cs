namespace Kvu.Bot.Documents;

/// <summary>One series of a <see cref="BarChart"/>: its name in the legend and a value (or a gap) per category.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Values);
