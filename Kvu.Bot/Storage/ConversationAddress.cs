namespace Kvu.Bot.Storage;

/// <summary>
/// Everything needed to post into a conversation later without being spoken to first (the weekly status
/// post): the Bot Connector needs the serviceUrl, the conversation id and the bot's own account.
/// No SDK types, so the domain and the stores survive a move to a successor SDK.
/// Locale: the language of a personal chat as its user's Teams last reported it ("en-US"), so a message the bot sends
/// there unasked (a reminder) is in her language; null for channels and group chats, where each sender has her own.
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
    DateTimeOffset UpdatedAt,
    string? Locale = null);
