using Kvu.Bot.Formation;

namespace Kvu.Bot.Approvals;

/// <summary>
/// What a decision of one kind does once the werkgroep approved it (every member asked agreed): a feature above the
/// approvals registers one (<c>services.AddSingleton&lt;IDecisionSettler, ...&gt;()</c>) for its kind, e.g. the phase
/// move. <see cref="ApprovedDecisions"/> calls it and closes the decision when it took effect.
/// </summary>
public interface IDecisionSettler
{
    GroupDecisionKind Kind { get; }

    /// <summary>Carries out the approved decision; must be idempotent (two last clicks at once both get here).</summary>
    /// <returns>What the clicker reads on the card, or null when nothing took effect (then the decision stays open).</returns>
    Task<string?> SettleAsync(DecisionTally approved, PersonRef by, DateTimeOffset at, CultureInfo culture, CancellationToken cancellationToken);
}
