namespace Kvu.Bot.Formation;

/// <summary>The werkgroep adopted the plan van aanpak: which version of the decision ("plan v3"), and when.</summary>
public sealed record PlanApproval(string Decision, int Version, DateTimeOffset At);
