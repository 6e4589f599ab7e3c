using Kvu.Bot.Formation;
using Kvu.Bot.Storage;

namespace Kvu.Bot.StatusPosts;

/// <summary>
/// Puts a progress report in the werkgroep's linked channel: the one way there for every trigger. The bot posts it
/// proactively (<see cref="BotReportPoster"/>); with Graph:Poster = Delegated, Meetings/ registers a poster that
/// first tries to post as the projectleider who asked (delegated ChannelMessage.Send) and falls back to the bot.
/// The bot's posts are paced and their 429s waited out by the ProactiveSender; what to do with a report that could
/// not go out is the trigger's (the weekly run and the summary after a meeting try again later, "samenvatting" says so).
/// </summary>
public interface IReportPoster
{
    /// <param name="address">The channel's address when the caller read it already (a weekly run reads a tenant's at
    /// once); null: read here.</param>
    /// <param name="projectleiderUserId">The projectleider's channel user id ("29:...") when they asked for the
    /// report in this turn; null otherwise (the weekly post, the summary after a meeting, someone else asking).</param>
    Task<ReportPost> PostAsync(KvuProject project, JsonObject card, ConversationAddress? address, string? projectleiderUserId, CancellationToken cancellationToken);
}
