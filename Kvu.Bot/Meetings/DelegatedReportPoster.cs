using Kvu.Bot.Formation;
using Kvu.Bot.StatusPosts;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Meetings;

/// <summary>
/// Graph:Poster = Delegated: a report goes out as the projectleider when they asked for it themselves and the token
/// service holds a delegated Graph token for them; otherwise (the weekly post, the summary after a meeting, someone
/// else asking, not signed in, Graph refusing) the bot posts it, and the outcome says so.
/// </summary>
public sealed class DelegatedReportPoster(GraphChannelPoster graph, BotReportPoster bot) : IReportPoster
{
    public async Task<ReportPost> PostAsync(KvuProject project, JsonObject card, ConversationAddress? address, string? projectleiderUserId, CancellationToken cancellationToken)
    {
        if (projectleiderUserId is null)
        {
            return await bot.PostAsync(project, card, address, null, cancellationToken);
        }

        if (await graph.PostAsync(project, card, projectleiderUserId, cancellationToken))
        {
            return new ReportPost(Conversations.SendResult.Sent, ReportAuthor.Projectleider);
        }

        return await bot.PostAsync(project, card, address, null, cancellationToken) with { Author = ReportAuthor.BotInsteadOfProjectleider };
    }
}
