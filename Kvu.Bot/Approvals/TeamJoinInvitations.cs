using Kvu.Bot.Conversations;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Approvals;

/// <summary>
/// Someone joins the werkgroep's team: if the projectleider entered them by name and e-mail (or they hold a seat but
/// were not reachable), they are matched by the roster's e-mail/UPN and invited at once, and the projectleider is
/// told in their chat with the bot. The projectleider need not remember to type "uitnodigen" again.
/// </summary>
public sealed class TeamJoinInvitations(
    InvitationStore invitations,
    ProjectStore projects,
    InvitationSender invitationSender,
    ConversationStore conversations,
    ProactiveSender sender,
    ILogger<TeamJoinInvitations> logger) : ITeamMembersFeature
{
    public async Task MembersAddedAsync(TeamMembersAdded added, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(added);
        foreach (var projectId in await invitations.ListProjectsOfTeamAsync(added.TenantId, added.TeamId, cancellationToken))
        {
            var project = await projects.GetAsync(new ProjectKey(added.TenantId, projectId), cancellationToken);
            if (project?.Projectleider?.Person is not { AadObjectId: { Length: > 0 } projectleiderId } projectleider || project.Channel?.TeamId != added.TeamId)
            {
                continue;
            }

            // A join that concerns no open seat costs no roster read.
            var open = project.Members.Where(m => m.Status is MemberStatus.Proposed or MemberStatus.Invited).ToList();
            if (!open.Any(m => string.IsNullOrWhiteSpace(m.Person.AadObjectId) || added.AadObjectIds.Contains(m.Person.AadObjectId.Trim())))
            {
                continue;
            }

            var reportTo = await invitations.GetReachAsync(added.TenantId, projectleiderId, cancellationToken);
            var round = await invitationSender.InviteAsync(project, new Inviter(projectleider, reportTo ?? string.Empty, ReaderCulture.Dutch.Name), added.Team, added.AadObjectIds, added.Now, cancellationToken);
            logger.LogInformation("{Count} people who joined team {TeamId} were invited to {ProjectId}", round.Sent.Count, added.TeamId, projectId);
            var address = reportTo is null ? null : await conversations.GetAsync(added.TenantId, reportTo, cancellationToken);
            if (round.Sent.Count > 0 && address is not null)
            {
                var text = ApprovalText.Format(ApprovalText.JoinedAndInvited, ReaderCulture.Dutch, string.Join(", ", round.Sent), project.Channel.TeamName ?? project.Channel.ChannelName ?? string.Empty);
                await sender.SendAsync(address, [Reply.Say(text)], cancellationToken);
            }
        }
    }
}
