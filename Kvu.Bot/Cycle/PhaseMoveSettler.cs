using Kvu.Bot.Approvals;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Cycle;

/// <summary>
/// Moves the project when the werkgroep approved a phase decision: the phase history records the move with its date
/// and the decision's version ("fase v2"). A proposal made for a phase the project has left meanwhile does nothing.
/// </summary>
public sealed class PhaseMoveSettler(ProjectStore projects, ILogger<PhaseMoveSettler> logger) : IDecisionSettler
{
    public GroupDecisionKind Kind => GroupDecisionKind.Fase;

    public async Task<string?> SettleAsync(DecisionTally approved, PersonRef by, DateTimeOffset at, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(approved);
        var decision = approved.Decision;
        if (DecisionContent.ReadPhaseMove(decision) is not { } move)
        {
            return null;
        }

        var reference = $"{decision.Id} v{decision.Version}";
        try
        {
            var project = await projects.UpdateAsync(new ProjectKey(decision.TenantId, decision.ProjectId), p => p.MovePhase(move.From, move.To, move.Round, reference, by, at), cancellationToken);
            if (project is null)
            {
                return null;
            }

            logger.LogInformation("{ProjectId} moved from {From} to {To} by decision {Decision}", decision.ProjectId, move.From, move.To, reference);
            return CycleText.Format(CycleKeys.Moved, culture, FormationText.Name(project.Phase, culture));
        }
        catch (FormationRuleException rule) when (rule.Code == FormationRuleCode.PhaseChanged)
        {
            logger.LogWarning("Decision {Decision} of {ProjectId} was for {From}, but the project is in {Phase}", reference, decision.ProjectId, move.From, rule.Detail);
            return null;
        }
    }
}
