namespace Kvu.Bot.Approvals;

/// <summary>What happened to a group decision as a whole, for the audit trail.</summary>
public enum DecisionEventKind
{
    /// <summary>Put to the werkgroep, or what is approved or who approves it changed: a new version.</summary>
    Versioned,

    Closed,

    Reopened,
}
