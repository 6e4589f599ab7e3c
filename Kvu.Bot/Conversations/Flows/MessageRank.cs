namespace Kvu.Bot.Conversations.Flows;

/// <summary>
/// How strongly a feature claims a message that carries no card verb of its own (typed text, or a question card's
/// answer). The router gives the message to the feature with the lowest rank, whatever order the features were
/// registered in; <see cref="IMessageFeature.Rank"/> says which rank a feature takes a message at, if any.
/// </summary>
public enum MessageRank
{
    /// <summary>
    /// "stop", "terug" or "help" (typed, or an escape button of a question card) while the user is in a guided flow:
    /// the flow's own escapes always work.
    /// </summary>
    FlowEscape = 1,

    /// <summary>
    /// A command word a feature owns ("status", "vergadering ...", "voorleggen ..."), also in the middle of a flow:
    /// the flow's question is still open afterwards.
    /// </summary>
    Command = 2,

    /// <summary>
    /// Anything else while the user is in a guided flow, and every answer clicked on a question card: the answer to
    /// the question.
    /// </summary>
    FlowAnswer = 3,
}
