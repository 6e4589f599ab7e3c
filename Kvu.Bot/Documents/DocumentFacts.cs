using Kvu.Bot.Approvals;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Documents;

/// <summary>
/// Everything a document is written from, read once: the project (werkgroep, phases, analysis, goals, its log) and the
/// werkgroep's group decisions (the problem statement and the terms are their content). Documents are pure functions
/// of these facts and the moment they are made.
/// </summary>
public sealed record DocumentFacts(KvuProject Project, IReadOnlyList<DecisionTally> GroupDecisions, DateTimeOffset Now)
{
    /// <summary>The problem statement as the werkgroep has it (put to it or approved); null when none was written.</summary>
    public string? Probleemstelling => Content(GroupDecisionKind.Probleemstelling).FirstOrDefault();

    /// <summary>The begrippenlijst's lines ("term: omschrijving").</summary>
    public IReadOnlyList<string> Begrippen => Content(GroupDecisionKind.Begrippenlijst);

    public DateOnly Today => DutchTime.Date(Now);

    private IReadOnlyList<string> Content(GroupDecisionKind kind) =>
        GroupDecisions.FirstOrDefault(d => d.Decision.Kind == kind)?.Decision.Items ?? [];
}
