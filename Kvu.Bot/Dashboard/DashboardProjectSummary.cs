namespace Kvu.Bot.Dashboard;

/// <summary>One line of "my projects": what the tab's project picker and the configuration page list.</summary>
public sealed record DashboardProjectSummary(string Id, string Gemeente, string Uitgaansgebied, string Role);
