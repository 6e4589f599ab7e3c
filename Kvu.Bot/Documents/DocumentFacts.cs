using Kvu.Bot.Approvals;
using Kvu.Bot.Evaluation;
using Kvu.Bot.Formation;
using Kvu.Bot.Plan;

namespace Kvu.Bot.Documents;

/// <summary>
/// Everything a document is written from, read once: the project (werkgroep, phases, analysis, goals, its log) and the
/// werkgroep's group decisions (the problem statement is their content), the plan's measures and their progress. Documents are pure functions
/// of these facts and the moment they are made.
/// </summary>
public sealed record DocumentFacts(KvuProject Project, IReadOnlyList<DecisionTally> GroupDecisions, DateTimeOffset Now)
{
    /// <summary>The plan's measures (maatregelen), rows of their own beside the project.</summary>
    public IReadOnlyList<Measure> Measures { get; init; } = [];

    /// <summary>Each measure's state as its owner last set it (the voortgangsmatrix), by measure id; a measure without one is gepland.</summary>
    public IReadOnlyDictionary<string, MeasureProgress> Progress { get; init; } = new Dictionary<string, MeasureProgress>();

    public MeasureState StateOf(Measure measure) =>
        Progress.TryGetValue(measure.Id, out var progress) ? progress.State : MeasureState.Gepland;

    /// <summary>The problem statement as the werkgroep has it (put to it or approved); null when none was written.</summary>
    public string? Probleemstelling =>
        GroupDecisions.FirstOrDefault(d => d.Decision.Kind == GroupDecisionKind.Probleemstelling)?.Decision.Items.FirstOrDefault();

    public DateOnly Today => DutchTime.Date(Now);
}
