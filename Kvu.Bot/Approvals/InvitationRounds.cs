using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Approvals;

/// <summary>
/// One round of "uitnodigen" for the projectleider, wherever they ask for it: typed in their chat, the "Wat nu"
/// button of the overview, or "Nodig ze uit" on a decision card that lists seats which cannot respond yet. Says in
/// one text who was invited, who is not reachable and how to get the others in.
/// </summary>
public sealed class InvitationRounds(InvitationStore invitations, InvitationSender sender)
{
    /// <param name="personalChat">The projectleider's own chat with the bot when they asked there; declines are reported to it.</param>
    /// <returns>The project as saved, and what to tell the projectleider.</returns>
    public async Task<(KvuProject Project, string Summary)> RunAsync(KvuProject project, FlowUser by, string? personalChat, ITeamDirectory team, CultureInfo culture, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!string.IsNullOrEmpty(personalChat))
        {
            // Declines and the reminder digest come to this chat.
            await invitations.RememberReachAsync(by.TenantId, by.AadObjectId, personalChat, cancellationToken);
        }

        // Asked on a card in the werkgroep's channel: declines still go to the projectleider's own chat, if the bot knows it.
        var reportTo = personalChat is { Length: > 0 } ? personalChat : await invitations.GetReachAsync(by.TenantId, by.AadObjectId, cancellationToken) ?? string.Empty;
        var inviter = new Inviter(new PersonRef(by.DisplayName, by.AadObjectId, by.Email), reportTo, culture.Name);
        var round = await sender.InviteAsync(project, inviter, team, null, now, cancellationToken);
        return (round.Project, Describe(round, culture));
    }

    private static string Describe(InvitationRound round, CultureInfo culture)
    {
        var lines = new List<string>();
        if (round.Sent.Count > 0)
        {
            lines.Add(ApprovalText.Format(ApprovalText.InvitationsSent, culture, string.Join(", ", round.Sent)));
        }

        if (round.Unreachable.Count > 0)
        {
            lines.Add(ApprovalText.Format(ApprovalText.NotReachable, culture, string.Join(", ", round.Unreachable)));
        }

        if (round.Later.Count > 0)
        {
            lines.Add(ApprovalText.Format(ApprovalText.InvitationsLater, culture, string.Join(", ", round.Later)));
        }

        if (round.NotFound.Count > 0)
        {
            lines.Add(round.Project.Channel is { } linkedChannel
                ? ApprovalText.Format(ApprovalText.NotInTeam, culture, string.Join(", ", round.NotFound), linkedChannel.TeamName ?? linkedChannel.ChannelName ?? string.Empty)
                : ApprovalText.Format(ApprovalText.NoTeamsAccount, culture, string.Join(", ", round.NotFound)));
        }

        return lines.Count == 0 ? ApprovalText.Get(ApprovalText.NobodyToInvite, culture) : string.Join("\n\n", lines);
    }
}
