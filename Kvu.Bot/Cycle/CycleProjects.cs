using Kvu.Bot.Approvals;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Cycle;

/// <summary>
/// The project someone works on in the cycle commands: the projectleider's or secretaris' (their access), or, for a
/// member of the werkgroep who has no access of their own, the latest project they were invited to and still hold a
/// seat in, identified by their Teams (Entra) account as for every member action.
/// </summary>
public sealed class CycleProjects(ProjectStore projects, ProjectAccessStore access, InvitationStore invitations)
{
    /// <summary>The field a card of the cycle names its project in.</summary>
    public const string CardField = "projectId";

    /// <summary>The project a clicked card names, in the clicking user's own tenant (Teams says which), or null.</summary>
    public async Task<KvuProject?> OfCardAsync(CardInvoke action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.Field(CardField) is { } projectId ? await projects.GetAsync(new ProjectKey(action.User.TenantId, projectId), cancellationToken) : null;
    }

    /// <summary>Whether the user is the project's projectleider or secretaris.</summary>
    public Task<bool> ManagesAsync(FlowUser user, KvuProject project, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(project);
        return access.MayManageAsync(user.TenantId, user.Key, project.Id, cancellationToken);
    }

    public async Task<(KvuProject? Project, bool Manages, Reply? Problem)> FindAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken)
    {
        var tenantId = input.User.TenantId;
        var projectId = await access.ActiveOrLatestAsync(tenantId, input.User.Key, user.ActiveProjectId, cancellationToken);
        if (projectId is not null && await projects.GetAsync(new ProjectKey(tenantId, projectId), cancellationToken) is { } own)
        {
            return (own, await access.MayManageAsync(tenantId, input.User.Key, projectId, cancellationToken), null);
        }

        Invitation? latest = null;
        await foreach (var invitation in invitations.ListForInviteeAsync(tenantId, input.User.AadObjectId, cancellationToken))
        {
            if (invitation.Status != MemberStatus.Declined && (latest is null || invitation.InvitedAt > latest.InvitedAt))
            {
                latest = invitation;
            }
        }

        var project = latest is null ? null : await projects.GetAsync(new ProjectKey(tenantId, latest.ProjectId), cancellationToken);
        var seated = project?.Members.Any(m => m.Status != MemberStatus.Declined
            && string.Equals(m.Person.AadObjectId, input.User.AadObjectId, StringComparison.OrdinalIgnoreCase)) == true;
        return seated ? (project, false, null) : (null, false, Reply.Say(CycleText.Get(CycleKeys.NoProject, input.Culture)));
    }
}
