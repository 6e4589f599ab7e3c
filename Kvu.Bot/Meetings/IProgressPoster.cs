using System.Text.Json.Nodes;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Meetings;

// Posts the progress summary in the werkgroep channel. BotProgressPoster (default, app-only, proactive through the
// Bot Connector) is the dependable path; posting as the projectleider needs delegated ChannelMessage.Send
// (PLATFORM.md "Posting into Teams channels") and is chosen with Graph:Poster = Delegated.
public interface IProgressPoster
{
    Task<bool> PostAsync(KvuProject project, JsonObject card, CancellationToken cancellationToken);
}
