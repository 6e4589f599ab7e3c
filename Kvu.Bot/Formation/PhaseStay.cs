namespace Kvu.Bot.Formation;

/// <summary>
/// One stay of the project in a phase: when it was entered and left, and by which group decision of the werkgroep
/// ("fase v3": the phase decision's version the werkgroep approved; null for the start of the project or a change
/// made outside a decision). <see cref="Back"/> marks a stay entered by going back a phase. <see cref="Round"/>
/// counts the KVU cycles: after Evaluatie a new Veiligheidsanalyse begins round 2.
/// </summary>
public sealed record PhaseStay(KvuPhase Phase, int Round, DateTimeOffset EnteredAt, string? Decision, bool Back = false, DateTimeOffset? LeftAt = null);
