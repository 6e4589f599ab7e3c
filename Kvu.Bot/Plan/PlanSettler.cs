using Kvu.Bot.Approvals;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Plan;

/// <summary>
/// Records on the project that the werkgroep adopted the plan van aanpak when every member asked agreed to a version
/// ("plan v3"), with its date: the plan card and the status posts show it.
/// </summary>
public sealed class PlanSettler(ProjectStore projects, ILogger<PlanSettler> logger) : IDecisionSettler
{
    public GroupDecisionKind Kind => GroupDecisionKind.Plan;

    public async Task<string?> SettleAsync(DecisionTally approved, PersonRef by, DateTimeOffset at, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(approved);
        var decision = approved.Decision;
        var project = await projects.UpdateAsync(new ProjectKey(decision.TenantId, decision.ProjectId), p => p.ApprovePlan($"{decision.Id} v{decision.Version}", decision.Version, by, at), cancellationToken);
        if (project is null)
        {
            return null;
        }

        logger.LogInformation("{ProjectId} adopted its plan van aanpak, version {Version}", decision.ProjectId, decision.Version);
        return PlanText.Format(PlanKeys.PlanAdopted, culture, decision.Version);
    }
}
