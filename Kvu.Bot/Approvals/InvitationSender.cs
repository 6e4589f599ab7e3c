using Kvu.Bot.Conversations;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Approvals;

/// <summary>
/// Sends invitation cards 1:1: to the chat a member opened with the bot, or else to one the bot starts through the
/// werkgroep's team. Members entered by name and e-mail alone are first looked up in that team's roster.
/// Used by "uitnodigen" and when someone joins the werkgroep's team.
/// </summary>
public sealed class InvitationSender(
    InvitationStore invitations,
    ProjectStore projects,
    ConversationStore conversations,
    ProactiveSender sender)
{
    /// <summary>
    /// Invites every member not yet invited (or, with <paramref name="only"/>, those of these AAD object ids) whom the
    /// bot can identify, on behalf of <paramref name="inviter"/>.
    /// </summary>
    public async Task<InvitationRound> InviteAsync(KvuProject project, Inviter inviter, ITeamDirectory team, IReadOnlySet<string>? only, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(inviter);
        ArgumentNullException.ThrowIfNull(team);
        if (project.IsArchived)
        {
            // Read-only: nobody is invited any more (also not when someone joins the werkgroep's team).
            return new InvitationRound(project, [], [], [], []);
        }

        // The werkgroep's team, as Teams knows it now: there the bot finds people entered by e-mail alone, and can
        // start a 1:1 chat with members who never opened the app.
        var channelAddress = project.Channel is { } channel ? await conversations.GetAsync(project.TenantId, channel.ConversationId, cancellationToken) : null;
        IReadOnlyList<TeamPerson> roster = [];
        if (project.Channel?.TeamId is { } teamId)
        {
            await invitations.RememberTeamAsync(project.Key, teamId, cancellationToken);
            roster = await team.MembersAsync(teamId, cancellationToken);
        }

        var (linked, notFound) = await LinkByEmailAsync(project, roster, inviter.Person, now, cancellationToken);
        project = linked;

        var sent = new List<string>();
        var unreachable = new List<string>();
        var later = new List<string>();
        foreach (var member in project.Members.Where(m => m.Status is MemberStatus.Proposed or MemberStatus.Invited))
        {
            if (string.IsNullOrWhiteSpace(member.Person.AadObjectId) || Storage.PersonalData.ErasedPerson.IsId(member.Person.AadObjectId)
                || member.Person.IsSamePerson(inviter.Person with { Email = null })
                || (only is not null && !only.Contains(member.Person.AadObjectId.Trim())))
            {
                continue;
            }

            var invitation = new Invitation(
                project.TenantId, project.Id, $"{project.Gemeente} – {project.Uitgaansgebied}", member.Id, member.Role, member.Organisation,
                member.Person.AadObjectId.Trim(), member.Person.DisplayName, inviter.Person.DisplayName, inviter.ReportTo, inviter.Locale, now);
            await invitations.SaveAsync(invitation, cancellationToken);

            var reach = await ReachAsync(project.TenantId, invitation.InviteeAadObjectId, channelAddress, roster, now, cancellationToken);
            var result = reach.Address is { } address
                ? await sender.SendWhileUserWaitsAsync(address, [Reply.Show(InvitationCard.Build(invitation, ReaderCulture.Dutch))], cancellationToken)
                : reach.Result;
            switch (result.Outcome)
            {
                case SendOutcome.Sent:
                    sent.Add(member.Person.DisplayName);
                    if (member.Status == MemberStatus.Proposed)
                    {
                        await projects.UpdateAsync(project.Key, p => p.SetMemberStatus(member.Id, MemberStatus.Invited, inviter.Person, now), cancellationToken);
                    }

                    break;
                case SendOutcome.RecipientGone:
                    unreachable.Add(member.Person.DisplayName);
                    break;
                default:
                    // Teams is busy (a 429 longer than the sender waits) or failing: the member is reachable, just not
                    // now. The invitation is saved; "uitnodigen" again sends it.
                    later.Add(member.Person.DisplayName);
                    break;
            }
        }

        return new InvitationRound(project, sent, unreachable, notFound, later);
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

            project = await projects.UpdateAsync(project.Key, p => p.LinkTeamsAccount(member.Id, person.AadObjectId, by, now), cancellationToken) ?? project;
        }

        return (project, notFound);
    }

    /// <summary>
    /// The member's chat with the bot: the one they opened, or else a new one the bot starts through the werkgroep's
    /// team. Without either the member is not reachable (RecipientGone).
    /// </summary>
    private async Task<StartedChat> ReachAsync(string tenantId, string aadObjectId, ConversationAddress? team, IReadOnlyList<TeamPerson> roster, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var known = await invitations.GetReachAsync(tenantId, aadObjectId, cancellationToken);
        if (known is not null && await conversations.GetAsync(tenantId, known, cancellationToken) is { } address)
        {
            return new StartedChat(SendResult.Sent, address);
        }

        var person = roster.FirstOrDefault(p => string.Equals(p.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase));
        if (team is null || string.IsNullOrEmpty(person?.TeamsUserId))
        {
            return new StartedChat(new SendResult(SendOutcome.RecipientGone, Detail: "No chat with the bot, not in the werkgroep's team"), null);
        }

        var created = await sender.CreatePersonalWhileUserWaitsAsync(team, person.TeamsUserId, now, cancellationToken);
        if (created.Address is { } chat)
        {
            await conversations.SaveAsync(chat, cancellationToken);
            await invitations.RememberReachAsync(tenantId, aadObjectId, chat.ConversationId, cancellationToken);
        }

        return created;
    }
}
