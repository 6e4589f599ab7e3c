namespace Kvu.Bot.Formation;

/// <summary>The Veiligheidsanalyse of an earlier round of the KVU as it was when the next round began, with the knelpunten judged solved then.</summary>
public sealed record RoundAnalysis(int Round, Veiligheidsanalyse Analysis, IReadOnlyList<string> Resolved);
