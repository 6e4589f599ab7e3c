using System.Text.Json.Nodes;
using Kvu.Bot.Conversations;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Meetings;

public sealed class BotProgressPoster(ConversationStore conversations, ProactiveSender sender, ILogger<BotProgressPoster> logger) : IProgressPoster
{
    public async Task<ProgressPostOutcome> PostAsync(KvuProject project, JsonObject card, string? projectleiderUserId, CancellationToken cancellationToken)
    {
        if (project.Channel is not { } channel
            || await conversations.GetAsync(project.TenantId, channel.ConversationId, cancellationToken) is not { } address)
        {
            return ProgressPostOutcome.NotPosted;
        }

        var result = await sender.SendAsync(address, [Reply.Show(card)], cancellationToken);
        logger.LogInformation("Progress summary for {ProjectId} posted in the werkgroep channel: {Outcome}", project.Id, result.Outcome);
        return result.Outcome == SendOutcome.Sent ? ProgressPostOutcome.ByBot : ProgressPostOutcome.NotPosted;
    }
}
