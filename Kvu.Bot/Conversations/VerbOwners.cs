using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Conversations;

/// <summary>
/// Which feature owns which card verb, from what the features declare (<see cref="ICardActionFeature.Verbs"/>,
/// <see cref="IMessageFeature.Verbs"/>): an exact verb, or a family by its prefix ending in '.'. A verb claimed by two
/// features is refused when the table is built, so a click never depends on which feature was registered first.
/// </summary>
public sealed class VerbOwners
{
    private readonly Dictionary<string, object> _exact = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, object Owner)> _prefixes = [];

    public VerbOwners(IEnumerable<ICardActionFeature> cardActions, IEnumerable<IMessageFeature> messageFeatures)
    {
        var claims = cardActions.SelectMany(f => f.Verbs.Select(v => (Verb: v, Owner: (object)f)))
            .Concat(messageFeatures.SelectMany(f => f.Verbs.Select(v => (Verb: v, Owner: (object)f))));
        foreach (var (verb, owner) in claims)
        {
            // A family claimed over a verb someone else owns ("approval." over "approval.agree") is as much a clash.
            var rival = Find(verb) ?? (verb.EndsWith('.') ? OwnerWithin(verb) : null);
            if (rival is not null && !ReferenceEquals(rival, owner))
            {
                throw new InvalidOperationException($"The card verb '{verb}' of {owner.GetType().Name} is already owned by {rival.GetType().Name}.");
            }

            if (verb.EndsWith('.'))
            {
                _prefixes.Add((verb, owner));
            }
            else
            {
                _exact[verb] = owner;
            }
        }
    }

    /// <summary>The card-action feature that owns <paramref name="verb"/>, if any.</summary>
    public ICardActionFeature? CardAction(string? verb) => Find(verb) as ICardActionFeature;

    /// <summary>The message feature that owns <paramref name="verb"/>, if any.</summary>
    public IMessageFeature? MessageFeature(string? verb) => Find(verb) as IMessageFeature;

    private object? Find(string? verb) =>
        verb is null ? null
        : _exact.TryGetValue(verb, out var owner) ? owner
        : _prefixes.FirstOrDefault(p => verb.StartsWith(p.Prefix, StringComparison.Ordinal)).Owner;

    private object? OwnerWithin(string prefix) =>
        _exact.Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(e => e.Value)
            .Concat(_prefixes.Where(p => p.Prefix.StartsWith(prefix, StringComparison.Ordinal)).Select(p => p.Owner))
            .FirstOrDefault();
}
