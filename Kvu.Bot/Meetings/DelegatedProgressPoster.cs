using System.Text.Json.Nodes;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Meetings;

/// <summary>
/// Graph:Poster = Delegated: the summary goes out as the projectleider when they asked for it themselves and the
/// token service holds a delegated Graph token for them; otherwise (the summary after a meeting, someone else
/// asking, not signed in, Graph refusing) the bot posts it, and the outcome says so.
/// </summary>
public sealed class DelegatedProgressPoster(GraphChannelPoster graph, BotProgressPoster bot) : IProgressPoster
{
    public async Task<ProgressPostOutcome> PostAsync(KvuProject project, JsonObject card, string? projectleiderUserId, CancellationToken cancellationToken)
    {
        if (projectleiderUserId is not null && await graph.PostAsync(project, card, projectleiderUserId, cancellationToken))
        {
            return ProgressPostOutcome.AsProjectleider;
        }

        var outcome = await bot.PostAsync(project, card, null, cancellationToken);
        return outcome == ProgressPostOutcome.ByBot ? ProgressPostOutcome.ByBotInstead : outcome;
    }
}
