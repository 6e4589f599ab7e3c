namespace Kvu.Bot.Bench;

/// <param name="Measured">The turns in the measured window.</param>
/// <param name="FirstTurns">One per conversation, before the clock started.</param>
/// <param name="OrdinaryTurns">Every turn after the first ones, warm-up included.</param>
/// <param name="CpuMsPerTurn">CPU time of the whole bench process (bot, fake connector and load) per measured turn.</param>
internal sealed record LoadResult(LatencyStats Measured, int FirstTurns, int OrdinaryTurns, double CpuMsPerTurn);
