using Kvu.Bot.Conversations;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Approvals;

/// <summary>
/// Puts a group decision card where the werkgroep works: proactively into the project's linked channel ("koppel"),
/// as a new post rather than a reply in whatever thread or chat the projectleider typed the command in. Without a
/// linked channel, or when the bot cannot post there (removed from the team, Teams busy or failing), the card is shown
/// in the current conversation with an explanation of what to do. The projectleider waits for this answer, so a busy
/// Teams is not waited out for long (<see cref="ProactiveSender.SendWhileUserWaitsAsync"/>).
/// </summary>
public sealed class WerkgroepChannelPost(ConversationStore conversations, ProactiveSender sender, ILogger<WerkgroepChannelPost> logger)
{
    /// <returns>What the projectleider sees where they typed the command.</returns>
    public async Task<IReadOnlyList<Reply>> PostAsync(KvuProject project, FlowInput input, JsonObject card, string title, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(input);
        var culture = input.Culture;
        if (project.Channel is not { } channel)
        {
            return [Reply.Say(ApprovalText.Get(ApprovalText.NoChannelLinked, culture)), Reply.Show(card)];
        }

        var name = FormationText.ChannelName(channel, culture);
        var address = await conversations.GetAsync(project.TenantId, channel.ConversationId, cancellationToken);
        var result = address is null ? null : await sender.SendWhileUserWaitsAsync(address, [Reply.Show(card)], cancellationToken);
        if (result?.Outcome == SendOutcome.Sent)
        {
            return [Reply.Say(ApprovalText.Format(ApprovalText.PostedInChannel, culture, title, name))];
        }

        logger.LogWarning("Could not post a decision card of {ProjectId} in its channel {ConversationId}: {Outcome}",
            project.Id, channel.ConversationId, result?.Outcome.ToString() ?? "no address");
        var why = result?.Outcome switch
        {
            SendOutcome.Throttled => ApprovalText.ChannelBusy,
            SendOutcome.Failed => ApprovalText.ChannelFailed,
            _ => ApprovalText.ChannelUnreachable,
        };
        return [Reply.Say(ApprovalText.Format(why, culture, name)), Reply.Show(card)];
    }
}
