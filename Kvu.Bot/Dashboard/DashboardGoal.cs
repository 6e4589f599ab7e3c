namespace Kvu.Bot.Dashboard;

/// <summary>
/// A goal of the plan van aanpak against its metingen: where it stands (<see cref="Verdict"/>: the code, with its name),
/// the figures and the trend as sentences, and its chart (SVG the server rendered; null for a goal that is not SMART).
/// </summary>
public sealed record DashboardGoal(string Id, string Text, string Verdict, string VerdictName, string? Figures, string? Trend, string? Chart);
