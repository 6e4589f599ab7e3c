namespace Kvu.Bot.Conversations.Flows;

/// <summary>
/// One user's place in a conversation: the project they are working on and the flow they are in, if any.
/// In a group chat or channel every member has their own, so two people can each be answering questions.
/// </summary>
public sealed class UserConversation
{
    public string? ActiveProjectId { get; set; }

    public FlowState? Flow { get; set; }
}
