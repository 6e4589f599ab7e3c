namespace Kvu.Bot.Approvals;

/// <summary>Who changed a decision (put it to the werkgroep, edited, closed or reopened it), for the audit trail.</summary>
public sealed record DecisionActor(string AadObjectId, string DisplayName);
