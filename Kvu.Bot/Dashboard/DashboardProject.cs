namespace Kvu.Bot.Dashboard;

/// <summary>The project's heading on the tab; <see cref="Role"/> is the viewer's own (Projectleider, Secretaris, Member).</summary>
public sealed record DashboardProject(
    string Id,
    string Gemeente,
    string Uitgaansgebied,
    string Phase,
    string PhaseName,
    string? Projectleider,
    string? Secretaris,
    bool Archived,
    string Role);
