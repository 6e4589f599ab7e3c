namespace Kvu.Bot.Approvals;

/// <summary>
/// A change to a group decision as a whole, in the audit trail: what (a new version, closed, reopened), the state it
/// left (version, closed), who (empty when the werkgroep changed and the bot brought the decision in line) and when.
/// </summary>
public sealed record DecisionEvent(
    string DecisionId,
    DecisionEventKind Kind,
    int Version,
    bool Closed,
    string ByAadObjectId,
    string ByName,
    DateTimeOffset At)
{
    /// <summary>True when nobody in particular caused it: the werkgroep changed.</summary>
    public bool BySystem => ByAadObjectId.Length == 0 && ByName.Length == 0;

    /// <summary>The event that leads from <paramref name="before"/> (null: none yet) to <paramref name="after"/>, or null when neither the version nor open/closed changed.</summary>
    public static DecisionEvent? Between(GroupDecision? before, GroupDecision after, DecisionActor? by)
    {
        ArgumentNullException.ThrowIfNull(after);
        DecisionEventKind? kind = before is null || before.Version != after.Version ? DecisionEventKind.Versioned
            : before.Closed != after.Closed ? (after.Closed ? DecisionEventKind.Closed : DecisionEventKind.Reopened)
            : null;
        return kind is { } k ? new DecisionEvent(after.Id, k, after.Version, after.Closed, by?.AadObjectId ?? string.Empty, by?.DisplayName ?? string.Empty, after.UpdatedAt) : null;
    }
}
