namespace Kvu.Bot.Conversations.Flows;

/// <summary>
/// One user's place in a conversation: the project they are working on and the flow they are in, if any.
/// In a group chat or channel every member has their own, so two people can each be answering questions.
/// </summary>
public sealed class UserConversation
{
    public string? ActiveProjectId { get; set; }

    public FlowState? Flow { get; set; }

    /// <summary>
    /// The flow as it was when the user typed "stop": "start" picks it up at that very question, with its history for
    /// "terug", rather than guessing the place from the answers (late questions such as the existing consultations
    /// leave no trace that tells "not asked yet" from "answered: none").
    /// </summary>
    public FlowState? Stopped { get; set; }
}
