using Kvu.Bot.Approvals;
using Kvu.Bot.Formation;
using Kvu.Bot.StatusPosts;

namespace Kvu.Bot.Privacy;

/// <summary>
/// Archives a project: read-only from then on (the project store refuses changes), its open group decisions closed (so
/// no reminders and no more answers), its weekly status paused, and its retention period starts. Archiving again
/// finishes what a first attempt left undone.
/// </summary>
public sealed class ProjectArchiving(ProjectStore projects, ApprovalStore approvals, StatusScheduleStore schedules)
{
    /// <returns>The archived project and whether it was archived before; null when it does not exist in this tenant.</returns>
    public async Task<(KvuProject Project, bool Before)?> ArchiveAsync(string tenantId, string projectId, PersonRef by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        KvuProject? project;
        var before = false;
        try
        {
            project = await projects.ArchiveAsync(tenantId, projectId, by, at, cancellationToken);
        }
        catch (FormationRuleException rule) when (rule.Code == FormationRuleCode.ProjectArchived)
        {
            project = await projects.GetAsync(new ProjectKey(tenantId, projectId), cancellationToken);
            before = true;
        }

        if (project is null)
        {
            return null;
        }

        foreach (var open in await approvals.ListOpenAsync(new ProjectKey(tenantId, projectId), cancellationToken))
        {
            await approvals.UpdateDecisionAsync(new ProjectKey(tenantId, projectId), open.Decision.Kind,
                d => d is null || d.Closed ? d : d with { Closed = true, UpdatedAt = at }, inLineWith: null, by: null, cancellationToken);
        }

        if (await schedules.GetAsync(projectId, cancellationToken) is { Schedule.Paused: false } settings && settings.TenantId == tenantId)
        {
            await schedules.UpdateAsync(tenantId, projectId, s => (s ?? settings) with { Schedule = (s ?? settings).Schedule with { Paused = true } }, cancellationToken);
        }

        return (project, before);
    }
}
