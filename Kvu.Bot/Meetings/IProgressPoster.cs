using System.Text.Json.Nodes;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Meetings;

/// <summary>
/// Posts the progress summary in the werkgroep channel. BotProgressPoster (default, app-only, proactive through the
/// Bot Connector) is the dependable path; posting as the projectleider needs delegated ChannelMessage.Send
/// (Graph reference "Send chatMessage in a channel or a chat": the application permission is for imports only)
/// and is chosen with Graph:Poster = Delegated (DelegatedProgressPoster).
/// </summary>
public interface IProgressPoster
{
    /// <param name="projectleiderUserId">The projectleider's channel user id ("29:...") when they asked for the
    /// summary in this turn; null otherwise (the summary after a meeting, or someone else asking).</param>
    Task<ProgressPostOutcome> PostAsync(KvuProject project, JsonObject card, string? projectleiderUserId, CancellationToken cancellationToken);
}
