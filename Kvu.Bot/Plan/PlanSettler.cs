using Kvu.Bot.Approvals;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Plan;

/// <summary>
/// Records on the project that the werkgroep adopted the plan van aanpak when every member asked agreed to a version
/// ("plan v3"), with its date: the plan card and the status posts show it.
/// </summary>
public sealed class PlanSettler(ProjectStore projects, ILogger<PlanSettler> logger) : ProjectDecisionSettler(GroupDecisionKind.Plan, projects)
{
    protected override Action<KvuProject> Change(GroupDecision decision, string reference, PersonRef by, DateTimeOffset at) =>
        p => p.ApprovePlan(reference, decision.Version, by, at);

    protected override string Settled(KvuProject project, GroupDecision decision, string reference, CultureInfo culture)
    {
        logger.LogInformation("{ProjectId} adopted its plan van aanpak, version {Version}", decision.ProjectId, decision.Version);
        return PlanText.Format(PlanKeys.PlanAdopted, culture, decision.Version);
    }
}
