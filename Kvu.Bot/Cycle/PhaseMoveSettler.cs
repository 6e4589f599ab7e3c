using Kvu.Bot.Approvals;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Cycle;

/// <summary>
/// Moves the project when the werkgroep approved a phase decision: the phase history records the move with its date
/// and the decision's version ("fase v2"). A proposal made for a phase the project has left meanwhile does nothing.
/// </summary>
public sealed class PhaseMoveSettler(ProjectStore projects, ILogger<PhaseMoveSettler> logger) : ProjectDecisionSettler(GroupDecisionKind.Fase, projects)
{
    protected override Action<KvuProject>? Change(GroupDecision decision, string reference, PersonRef by, DateTimeOffset at) =>
        DecisionContent.ReadPhaseMove(decision) is { } move ? p => p.MovePhase(move.From, move.To, move.Round, reference, by, at) : null;

    protected override string Settled(KvuProject project, GroupDecision decision, string reference, CultureInfo culture)
    {
        logger.LogInformation("{ProjectId} moved from {From} to {To} by decision {Decision}", decision.ProjectId, DecisionContent.ReadPhaseMove(decision)?.From, project.Phase, reference);
        return CycleText.Format(CycleKeys.Moved, culture, FormationText.Name(project.Phase, culture));
    }

    protected override bool Outdated(GroupDecision decision, string reference, FormationRuleException rule)
    {
        if (rule.Code != FormationRuleCode.PhaseChanged)
        {
            return false;
        }

        logger.LogWarning("Decision {Decision} of {ProjectId} was for {From}, but the project is in {Phase}", reference, decision.ProjectId, DecisionContent.ReadPhaseMove(decision)?.From, rule.Detail);
        return true;
    }
}
