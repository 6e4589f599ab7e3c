namespace Kvu.Bot.Formation;

/// <summary>Who decides on what in the samenwerkingsstructuur: "Horecaverboden" → "burgemeester".</summary>
public sealed record DecisionAgreement(string Subject, string Decider);
