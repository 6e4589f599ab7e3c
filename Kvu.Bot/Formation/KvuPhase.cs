namespace Kvu.Bot.Formation;

// The CCV stappenplan, in order. It is a cycle: after Evaluatie a new Veiligheidsanalyse starts.
public enum KvuPhase
{
    Initiatief,
    Veiligheidsanalyse,
    PlanVanAanpak,
    Convenant,
    Uitvoering,
    Evaluatie,
}
