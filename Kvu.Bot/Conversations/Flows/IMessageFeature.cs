namespace Kvu.Bot.Conversations.Flows;

/// <summary>
/// A feature that answers user messages (typed or card submits). The router asks each registered feature in
/// turn; the first that returns replies has handled the message. Features register themselves in DI with
/// <c>services.AddSingleton&lt;IMessageFeature, MyFeature&gt;()</c>; no change to the router is needed.
/// </summary>
public interface IMessageFeature
{
    /// <returns>The replies, or null when the message is not for this feature.</returns>
    Task<IReadOnlyList<Reply>?> HandleAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken);
}
