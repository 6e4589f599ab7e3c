namespace Kvu.Bot.Formation;

/// <summary>
/// The CCV stappenplan as a route: the phase after and before each. The KVU is a cycle, so after Evaluatie comes a
/// new Veiligheidsanalyse (the evaluation feeds the next analysis) in the next round; going back from the first
/// Veiligheidsanalyse of a later round returns to the Evaluatie of the round before.
/// </summary>
public static class PhaseRoute
{
    public static (KvuPhase Phase, int Round) Next(KvuPhase phase, int round) => phase == KvuPhase.Evaluatie
        ? (KvuPhase.Veiligheidsanalyse, round + 1)
        : (phase + 1, round);

    /// <returns>Null at the very start (Initiatief of the first round): there is nothing before it.</returns>
    public static (KvuPhase Phase, int Round)? Previous(KvuPhase phase, int round) => phase switch
    {
        KvuPhase.Initiatief => null,
        KvuPhase.Veiligheidsanalyse when round > 1 => (KvuPhase.Evaluatie, round - 1),
        _ => (phase - 1, round),
    };
}
