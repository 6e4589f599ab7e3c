using Kvu.Bot.Storage;

namespace Kvu.Bot.Conversations;

/// <summary>The bot's attempt to open a 1:1 chat: the new chat's address when <see cref="SendResult.Outcome"/> is Sent.</summary>
public sealed record StartedChat(SendResult Result, ConversationAddress? Address);
