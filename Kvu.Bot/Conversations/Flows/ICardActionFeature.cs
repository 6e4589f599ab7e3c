namespace Kvu.Bot.Conversations.Flows;

/// <summary>
/// A feature that answers card actions by verb: an Action.Execute (an invoke "adaptiveCard/action"; Teams shows the
/// returned card in place of the one clicked) or the same button's Action.Submit fallback (a message whose data
/// carries the verb; the router sends the returned card as a new message). The router picks the feature by
/// <see cref="Verbs"/>, so a feature sees only its own verbs.
/// Register with <c>services.AddSingleton&lt;ICardActionFeature, MyFeature&gt;()</c>.
/// </summary>
public interface ICardActionFeature
{
    /// <summary>The verbs this feature answers: exact verbs, or a family as a prefix ending in '.' ("approval.").</summary>
    IReadOnlyCollection<string> Verbs { get; }

    /// <returns>The card to show for the action (also when the action is refused: a card that says why).</returns>
    Task<JsonObject> HandleAsync(CardInvoke action, CancellationToken cancellationToken);
}
