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
/// Teams account" until the projectleider picks them from Teams.
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
        var sent = new List<string>();
        var unreachable = new List<string>();
        var withoutAccount = new List<string>();
        foreach (var member in project.Members.Where(m => m.Status is MemberStatus.Proposed or MemberStatus.Invited))
        {
            if (string.IsNullOrWhiteSpace(member.Person.AadObjectId) || member.Person.IsSamePerson(new PersonRef(string.Empty, input.User.AadObjectId, null)))
            {
                if (string.IsNullOrWhiteSpace(member.Person.AadObjectId))
                {
                    withoutAccount.Add(member.Person.DisplayName);
                }

                continue;
            }

            var invitation = new Invitation(
                project.TenantId, project.Id, $"{project.Gemeente} – {project.Uitgaansgebied}", member.Id, member.Role, member.Organisation,
                member.Person.AadObjectId.Trim(), member.Person.DisplayName, input.User.DisplayName, input.Conversation.Id,
                input.Culture.Name, input.Now);
            await invitations.SaveAsync(invitation, cancellationToken);

            var reach = await invitations.GetReachAsync(project.TenantId, invitation.InviteeAadObjectId, cancellationToken);
            var address = reach is null ? null : await conversations.GetAsync(project.TenantId, reach, cancellationToken);
            var result = address is null ? null : await sender.SendAsync(address, [Reply.Show(InvitationCard.Build(invitation, BotText.Dutch))], cancellationToken);
            if (result?.Outcome == SendOutcome.Sent)
            {
                sent.Add(member.Person.DisplayName);
                if (member.Status == MemberStatus.Proposed)
                {
                    var by = new PersonRef(input.User.DisplayName, input.User.AadObjectId, input.User.Email);
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

        if (withoutAccount.Count > 0)
        {
            lines.Add(ApprovalText.Format(ApprovalText.NoTeamsAccount, input.Culture, string.Join(", ", withoutAccount)));
        }

        return [Reply.Say(lines.Count == 0 ? ApprovalText.Get(ApprovalText.NobodyToInvite, input.Culture) : string.Join("\n\n", lines))];
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
