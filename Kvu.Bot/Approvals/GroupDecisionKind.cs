namespace Kvu.Bot.Approvals;

/// <summary>
/// What the werkgroep decides on together (success factors 3, 4 and 5 of the KVU text: the approach formulated
/// jointly, everyone knowing the samenwerkingsstructuur, a shared begrippenlijst) and success factor 2 (the
/// members' expectations clearly in view). One open decision per kind.
/// </summary>
public enum GroupDecisionKind
{
    Samenstelling,
    Begrippenlijst,
    Probleemstelling,
    Verwachtingen,

    /// <summary>
    /// Moving the KVU to another phase of the CCV stappenplan (or back): a step the werkgroep takes together, so it
    /// takes effect when every member asked agrees (<see cref="DecisionTally.Unanimous"/>).
    /// </summary>
    Fase,

    /// <summary>
    /// The plan van aanpak (goals, their measures, the samenwerkingsstructuur, the evaluation plan): adopted when every
    /// member asked agrees; a change after that raises the version, so earlier approvals are outdated and it is put again.
    /// </summary>
    Plan,
}
