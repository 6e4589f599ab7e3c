namespace Kvu.Bot.Approvals;

/// <summary>A decision row as stored, with the last event it carries as the head of its chain (null: none yet).</summary>
public sealed record DecisionHead(GroupDecision Decision, SealedEvent? LastEvent);
