using Kvu.Bot.Formation;

namespace Kvu.Bot.Evaluation;

/// <summary>One member's score of one success factor, 1 (not at all) to 5 (fully), with an optional comment.</summary>
public sealed record FactorScore(SuccessFactor Factor, int Score, string? Comment);
