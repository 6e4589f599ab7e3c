using System.Text.Json.Nodes;

namespace Kvu.Bot.Conversations.Flows;

/// <summary>
/// A feature that answers card actions (Action.Execute arrives as an invoke "adaptiveCard/action"). The first
/// feature that returns a card has handled the action; Teams shows that card in place of the one clicked.
/// Register with <c>services.AddSingleton&lt;ICardActionFeature, MyFeature&gt;()</c>.
/// </summary>
public interface ICardActionFeature
{
    /// <returns>The card to show instead, or null when the action is not for this feature.</returns>
    Task<JsonObject?> HandleAsync(CardInvoke action, CancellationToken cancellationToken);
}
