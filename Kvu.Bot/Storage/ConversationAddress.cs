namespace Kvu.Bot.Storage;

/// <summary>
/// Everything needed to post into a conversation later without being spoken to first (the weekly status
/// post): the Bot Connector needs the serviceUrl, the conversation id and the bot's own account.
/// No SDK types, so the domain and the stores survive a move to a successor SDK.
/// </summary>
public sealed record ConversationAddress(
    string TenantId,
    string ConversationId,
    ConversationKind Kind,
    string ServiceUrl,
    string ChannelId,
    string BotId,
    string BotName,
    string? TeamId,
    string? TeamName,
    string? ChannelName,
    DateTimeOffset UpdatedAt);
