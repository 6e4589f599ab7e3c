using Kvu.Bot.Storage;

namespace Kvu.Bot.Conversations.Flows;

/// <summary>
/// Where a message was said, as features need it (e.g. to link a werkgroep's channel): the conversation, its
/// kind, and for a channel the channel's own conversation id (without the thread's ";messageid=") and team.
/// </summary>
public sealed record FlowConversation(string Id, ConversationKind Kind, string? ChannelConversationId = null, string? TeamId = null, string? TeamName = null, string? ChannelName = null);
