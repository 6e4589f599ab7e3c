using Kvu.Bot.Conversations;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;
using Kvu.Bot.Storage;

namespace Kvu.Bot.StatusPosts;

/// <summary>The bot posts the report proactively (app-only, through the Bot Connector): the dependable path.</summary>
public sealed class BotReportPoster(ConversationStore conversations, ProactiveSender sender) : IReportPoster
{
    public const string NoChannel = nameof(NoChannel);
    public const string NoAddress = nameof(NoAddress);

    public async Task<ReportPost> PostAsync(KvuProject project, JsonObject card, ConversationAddress? address, string? projectleiderUserId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (project.Channel is not { } channel)
        {
            return new ReportPost(new SendResult(SendOutcome.RecipientGone, Detail: NoChannel));
        }

        // The bot never heard from that channel (or lost its address): it cannot post there.
        address ??= await conversations.GetAsync(project.TenantId, channel.ConversationId, cancellationToken);
        return address is null
            ? new ReportPost(new SendResult(SendOutcome.RecipientGone, Detail: NoAddress))
            : new ReportPost(await sender.SendAsync(address, [Reply.Show(card)], cancellationToken));
    }
}
