using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Approvals;

/// <summary>The project a projectleider or projectsecretaris works on, for the commands only they may give.</summary>
public sealed class ManagedProjects(ProjectStore projects, ProjectAccessStore access)
{
    /// <summary>The user's active project (or their latest), if they are its projectleider or projectsecretaris.</summary>
    public async Task<(KvuProject? Project, Reply? Problem)> FindAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken)
    {
        var projectId = user.ActiveProjectId;
        if (projectId is null)
        {
            await foreach (var grant in access.ListForUserAsync(input.User.TenantId, input.User.Key, cancellationToken))
            {
                projectId = grant.ProjectId;
            }
        }

        if (projectId is null)
        {
            return (null, Reply.Say(ApprovalText.Get(ApprovalText.NoProject, input.Culture)));
        }

        if (await access.GetAsync(input.User.TenantId, input.User.Key, projectId, cancellationToken) is not { Role: >= ProjectAccessRole.Secretaris })
        {
            return (null, Reply.Say(ApprovalText.Get(ApprovalText.NotAllowedToPropose, input.Culture)));
        }

        var project = await projects.GetAsync(input.User.TenantId, projectId, cancellationToken);
        return project is null ? (null, Reply.Say(ApprovalText.Get(ApprovalText.NoProject, input.Culture))) : (project, null);
    }
}
