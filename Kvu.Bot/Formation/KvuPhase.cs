namespace Kvu.Bot.Formation;

/// <summary>The CCV stappenplan, in order. It is a cycle: after Evaluatie a new Veiligheidsanalyse starts.</summary>
public enum KvuPhase
{
    Initiatief,
    Veiligheidsanalyse,
    PlanVanAanpak,
    Convenant,
    Uitvoering,
    Evaluatie,
}
