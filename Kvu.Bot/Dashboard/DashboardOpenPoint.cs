namespace Kvu.Bot.Dashboard;

/// <summary>An open point of the werkgroep's formation with its reason from the KVU text (FormationChecks).</summary>
public sealed record DashboardOpenPoint(string Kind, string Severity, string Title, string Reason);
