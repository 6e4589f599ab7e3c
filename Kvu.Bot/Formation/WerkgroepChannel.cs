namespace Kvu.Bot.Formation;

/// <summary>
/// The Teams channel where the werkgroep works: progress summaries, the weekly status and group decisions are
/// posted there. ConversationId is the channel's own id (19:...@thread.tacv2), not a thread in it.
/// </summary>
public sealed record WerkgroepChannel(string ConversationId, string? TeamId, string? TeamName, string? ChannelName, DateTimeOffset LinkedAt);
