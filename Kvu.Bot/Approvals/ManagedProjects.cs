using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Approvals;

/// <summary>The project a projectleider or projectsecretaris works on, for the commands only they may give.</summary>
public sealed class ManagedProjects(ProjectStore projects, ProjectAccessStore access)
{
    /// <summary>The user's active project (or their latest), if they are its projectleider or projectsecretaris.</summary>
    /// <param name="toChange">The command changes the project or its decisions: refused for an archived project (read-only).</param>
    public async Task<(KvuProject? Project, Reply? Problem)> FindAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken, bool toChange = true)
    {
        var projectId = await access.ActiveOrLatestAsync(input.User.TenantId, input.User.Key, user.ActiveProjectId, cancellationToken);
        if (projectId is null)
        {
            return (null, Reply.Say(ApprovalText.Get(ApprovalText.NoProject, input.Culture)));
        }

        if (!await access.MayManageAsync(input.User.TenantId, input.User.Key, projectId, cancellationToken))
        {
            return (null, Reply.Say(ApprovalText.Get(ApprovalText.NotAllowedToPropose, input.Culture)));
        }

        var project = await projects.GetAsync(new ProjectKey(input.User.TenantId, projectId), cancellationToken);
        return project switch
        {
            null => (null, Reply.Say(ApprovalText.Get(ApprovalText.NoProject, input.Culture))),
            { IsArchived: true } when toChange => (null, Reply.Say(FormationText.RuleMessage(FormationRuleCode.ProjectArchived, input.Culture))),
            _ => (project, null),
        };
    }
}
