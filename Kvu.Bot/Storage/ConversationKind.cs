namespace Kvu.Bot.Storage;

/// <summary>Teams' conversationType: "personal", "groupChat", "channel".</summary>
public enum ConversationKind
{
    Personal,
    GroupChat,
    Channel,
}
