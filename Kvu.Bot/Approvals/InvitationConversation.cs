using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;
using Kvu.Bot.Formation.Cards;
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
    InvitationRounds rounds) : IMessageFeature
{
    /// <summary>The overview's "Wat nu" button when the next step is to invite the members.</summary>
    public IReadOnlyCollection<string> Verbs { get; } = [FormationCommands.Invite];

    public MessageRank? Rank(FlowInput input, UserConversation user) =>
        input.Data is null && (ApprovalText.Words[ApprovalWord.Invite].Matches(input.Text) || ApprovalText.Words[ApprovalWord.MyInvitations].Matches(input.Text)) ? MessageRank.Command : null;

    public async Task<IReadOnlyList<Reply>?> HandleAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken) =>
        input.Verb == FormationCommands.Invite ? await InviteAsync(input, user, cancellationToken)
        : input.Data is not null ? null
        : ApprovalText.Words[ApprovalWord.Invite].Matches(input.Text) ? await InviteAsync(input, user, cancellationToken)
        : ApprovalText.Words[ApprovalWord.MyInvitations].Matches(input.Text) ? await MyInvitationsAsync(input, cancellationToken)
        : null;

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

        await input.Working.ShowAsync(cancellationToken);
        var (_, summary) = await rounds.RunAsync(project, input.User, input.Conversation.Id, input.Team, input.Culture, input.Now, cancellationToken);
        return [Reply.Say(summary)];
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
