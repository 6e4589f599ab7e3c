namespace Kvu.Bot.Formation;

/// <summary>
/// How the werkgroep works together while the plan van aanpak runs (CCV: part of the plan): how often it meets, and
/// who decides what (horecaverboden: the burgemeester; a measure up to a sum: the werkgroep). Agreed when both are set.
/// </summary>
public sealed record Samenwerkingsstructuur
{
    public static Samenwerkingsstructuur Empty { get; } = new();

    /// <summary>The werkgroep meets every this many weeks; null: not agreed yet.</summary>
    public int? MeetsEveryWeeks { get; init; }

    public IReadOnlyList<DecisionAgreement> Agreements { get; init; } = [];

    public bool IsAgreed => MeetsEveryWeeks is not null && Agreements.Count > 0;
}
