using Kvu.Bot.Conversations;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;
using Kvu.Bot.Localization;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Approvals;

/// <summary>
/// "uitnodigen" (projectleider, in their own chat): an invitation card to every member not yet invited, sent
/// proactively to those the bot can reach, and a list of who is not reachable yet and how to get them in.
/// "uitnodigingen" (member, in their chat with the bot): their open invitations, and from then on they are reachable.
/// <para>
/// Matching rule: a member is identified only by the Entra (AAD) object id stored with their seat, compared with
/// the From.aadObjectId Teams puts on every activity, within the same tenant. Never by display name (not unique),
/// and not by a typed e-mail address (anyone can type one). A member entered by e-mail alone is listed as "without a
/// Teams account" until they are found in the werkgroep's team by that address (the team's roster is what Teams
/// vouches for, unlike a typed address), or the projectleider picks them from Teams.
/// </para>
/// </summary>
public sealed class InvitationConversation(
    ManagedProjects managed,
    InvitationStore invitations,
    ProjectStore projects,
    ConversationStore conversations,
    ProactiveSender sender) : IMessageFeature
{
    public async Task<IReadOnlyList<Reply>?> HandleAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken)
    {
        if (input.Data is not null)
        {
            return null;
        }

        return input.Text.Trim().TrimEnd('.', '!').ToLowerInvariant() switch
        {
            "uitnodigen" or "invite" or "uitnodigingen versturen" or "send invitations" => await InviteAsync(input, user, cancellationToken),
            "uitnodigingen" or "invitations" or "mijn uitnodigingen" or "my invitations" => await MyInvitationsAsync(input, cancellationToken),
            _ => null,
        };
    }

    private async Task<IReadOnlyList<Reply>> InviteAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken)
    {
        if (input.Conversation.Kind != ConversationKind.Personal)
        {
            return [Reply.Say(ApprovalText.Get(ApprovalText.InvitePersonalOnly, input.Culture))];
        }

        var (project, problem) = await managed.FindAsync(input, user, cancellationToken);
        if (project is null)
        {
            return [problem!];
        }

        // Declines and the reminder digest come to this chat.
        await invitations.RememberReachAsync(input.User.TenantId, input.User.AadObjectId, input.Conversation.Id, cancellationToken);
        var by = new PersonRef(input.User.DisplayName, input.User.AadObjectId, input.User.Email);

        // The werkgroep's team, as Teams knows it now: there the bot finds people entered by e-mail alone, and can
        // start a 1:1 chat with members who never opened the app.
        var channelAddress = project.Channel is { } channel ? await conversations.GetAsync(project.TenantId, channel.ConversationId, cancellationToken) : null;
        var roster = project.Channel?.TeamId is { } teamId ? await input.Team.MembersAsync(teamId, cancellationToken) : [];
        var (linked, notFound) = await LinkByEmailAsync(project, roster, by, input.Now, cancellationToken);
        project = linked;

        var sent = new List<string>();
        var unreachable = new List<string>();
        foreach (var member in project.Members.Where(m => m.Status is MemberStatus.Proposed or MemberStatus.Invited))
        {
            if (string.IsNullOrWhiteSpace(member.Person.AadObjectId) || member.Person.IsSamePerson(new PersonRef(string.Empty, input.User.AadObjectId, null)))
            {
                continue;
            }

            var invitation = new Invitation(
                project.TenantId, project.Id, $"{project.Gemeente} – {project.Uitgaansgebied}", member.Id, member.Role, member.Organisation,
                member.Person.AadObjectId.Trim(), member.Person.DisplayName, input.User.DisplayName, input.Conversation.Id,
                input.Culture.Name, input.Now);
            await invitations.SaveAsync(invitation, cancellationToken);

            var address = await ReachAsync(project.TenantId, invitation.InviteeAadObjectId, channelAddress, roster, input.Now, cancellationToken);
            var result = address is null ? null : await sender.SendAsync(address, [Reply.Show(InvitationCard.Build(invitation, BotText.Dutch))], cancellationToken);
            if (result?.Outcome == SendOutcome.Sent)
            {
                sent.Add(member.Person.DisplayName);
                if (member.Status == MemberStatus.Proposed)
                {
                    await projects.UpdateAsync(project.TenantId, project.Id, p => p.SetMemberStatus(member.Id, MemberStatus.Invited, by, input.Now), cancellationToken);
                }
            }
            else
            {
                unreachable.Add(member.Person.DisplayName);
            }
        }

        var lines = new List<string>();
        if (sent.Count > 0)
        {
            lines.Add(ApprovalText.Format(ApprovalText.InvitationsSent, input.Culture, string.Join(", ", sent)));
        }

        if (unreachable.Count > 0)
        {
            lines.Add(ApprovalText.Format(ApprovalText.NotReachable, input.Culture, string.Join(", ", unreachable)));
        }

        if (notFound.Count > 0)
        {
            lines.Add(project.Channel is { } linkedChannel
                ? ApprovalText.Format(ApprovalText.NotInTeam, input.Culture, string.Join(", ", notFound), linkedChannel.TeamName ?? linkedChannel.ChannelName ?? string.Empty)
                : ApprovalText.Format(ApprovalText.NoTeamsAccount, input.Culture, string.Join(", ", notFound)));
        }

        return [Reply.Say(lines.Count == 0 ? ApprovalText.Get(ApprovalText.NobodyToInvite, input.Culture) : string.Join("\n\n", lines))];
    }

    /// <summary>
    /// Gives members entered by name and e-mail alone the Teams account the roster shows for that address (e-mail or
    /// UPN, any letter case). An address nobody in the team has, or an account that already holds another seat, stays unlinked.
    /// </summary>
    /// <returns>The project as saved, and the names of those still without an account.</returns>
    private async Task<(KvuProject Project, IReadOnlyList<string> NotFound)> LinkByEmailAsync(KvuProject project, IReadOnlyList<TeamPerson> roster, PersonRef by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var notFound = new List<string>();
        foreach (var member in project.Members.Where(m => m.Status is MemberStatus.Proposed or MemberStatus.Invited && string.IsNullOrWhiteSpace(m.Person.AadObjectId)))
        {
            var person = roster.FirstOrDefault(p => p.HasAddress(member.Person.Email));
            if (person is null || project.Members.Any(m => string.Equals(m.Person.AadObjectId?.Trim(), person.AadObjectId, StringComparison.OrdinalIgnoreCase)))
            {
                notFound.Add(member.Person.DisplayName);
                continue;
            }

            project = await projects.UpdateAsync(project.TenantId, project.Id, p => p.LinkTeamsAccount(member.Id, person.AadObjectId, by, now), cancellationToken) ?? project;
        }

        return (project, notFound);
    }

    /// <summary>The member's chat with the bot: the one they opened, or else a new one the bot starts through the werkgroep's team.</summary>
    private async Task<ConversationAddress?> ReachAsync(string tenantId, string aadObjectId, ConversationAddress? team, IReadOnlyList<TeamPerson> roster, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var known = await invitations.GetReachAsync(tenantId, aadObjectId, cancellationToken);
        if (known is not null && await conversations.GetAsync(tenantId, known, cancellationToken) is { } address)
        {
            return address;
        }

        var person = roster.FirstOrDefault(p => string.Equals(p.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase));
        if (team is null || string.IsNullOrEmpty(person?.TeamsUserId))
        {
            return null;
        }

        var created = await sender.CreatePersonalAsync(team, person.TeamsUserId, now, cancellationToken);
        if (created is not null)
        {
            await conversations.SaveAsync(created, cancellationToken);
            await invitations.RememberReachAsync(tenantId, aadObjectId, created.ConversationId, cancellationToken);
        }

        return created;
    }

    private async Task<IReadOnlyList<Reply>?> MyInvitationsAsync(FlowInput input, CancellationToken cancellationToken)
    {
        if (input.Conversation.Kind != ConversationKind.Personal || string.IsNullOrEmpty(input.Conversation.Id))
        {
            return null;
        }

        await invitations.RememberReachAsync(input.User.TenantId, input.User.AadObjectId, input.Conversation.Id, cancellationToken);
        var cards = new List<Reply>();
        await foreach (var invitation in invitations.ListForInviteeAsync(input.User.TenantId, input.User.AadObjectId, cancellationToken))
        {
            if (invitation.Status == MemberStatus.Invited)
            {
                cards.Add(Reply.Show(InvitationCard.Build(invitation, input.Culture)));
            }
        }

        return cards.Count > 0 ? cards : [Reply.Say(ApprovalText.Get(ApprovalText.NoInvitations, input.Culture))];
    }
}
