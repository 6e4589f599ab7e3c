namespace Kvu.Bot.Conversations.Flows;

/// <summary>
/// A feature that answers user messages (typed, or card submits). Which feature gets a message is decided by the
/// router from what each feature declares, never by the order features are registered in: a card submit whose
/// data carries a verb (<see cref="CardVerb"/>) goes to the feature that owns that verb (<see cref="Verbs"/>);
/// any other message goes to the feature that claims it at the lowest <see cref="MessageRank"/>.
/// Features register themselves in DI with <c>services.AddSingleton&lt;IMessageFeature, MyFeature&gt;()</c>.
/// </summary>
public interface IMessageFeature
{
    /// <summary>
    /// The card verbs this feature answers: exact verbs, or a family as a prefix ending in '.' ("meetings.").
    /// No two features may own the same verb; the router refuses to start when they do.
    /// </summary>
    IReadOnlyCollection<string> Verbs { get; }

    /// <summary>
    /// The rank at which this feature takes a message that carries no verb it owns, or null when it does not take
    /// it. Reads only the input and the user's conversation state (no storage): it decides, <see cref="HandleAsync"/> acts.
    /// </summary>
    MessageRank? Rank(FlowInput input, UserConversation user);

    /// <returns>The replies, or null when the message turns out not to be for this feature after all.</returns>
    Task<IReadOnlyList<Reply>?> HandleAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken);
}
