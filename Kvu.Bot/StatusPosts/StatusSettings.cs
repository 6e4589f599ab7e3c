namespace Kvu.Bot.StatusPosts;

/// <summary>
/// One project's weekly status settings and what the scheduler knows about its channel.
/// ActiveFrom: no week due before it is posted (linking a channel on Tuesday does not post last Monday's status).
/// ProjectleiderConversationId: the projectleider's personal chat with the bot, where problems are reported.
/// ChannelGoneId: the channel the bot could no longer post into (403/404); posts stop until a channel is linked again.
/// </summary>
public sealed record StatusSettings(
    string TenantId,
    string ProjectId,
    StatusSchedule Schedule,
    string? ChannelConversationId,
    DateTimeOffset ActiveFrom,
    string? ProjectleiderConversationId = null,
    string? ChannelGoneId = null,
    DateTimeOffset? ChannelGoneAt = null)
{
    public bool ChannelGone => ChannelGoneId is not null && ChannelGoneId == ChannelConversationId;

    /// <summary>Whether the scheduler should find this project in the due-slot index.</summary>
    public bool Scheduled => !Schedule.Paused && ChannelConversationId is not null && !ChannelGone;
}
