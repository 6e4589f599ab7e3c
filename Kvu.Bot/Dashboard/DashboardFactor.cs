namespace Kvu.Bot.Dashboard;

/// <summary>One of the ten success factors of the werkgroep as the projectleider judged it.</summary>
public sealed record DashboardFactor(string Factor, string Name, string Status, string StatusName, string? Note);
