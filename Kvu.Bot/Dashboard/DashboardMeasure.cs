namespace Kvu.Bot.Dashboard;

/// <summary>
/// A measure (maatregel) of the plan van aanpak as the tab lists it by owning party: what, for which goal or knelpunt
/// (<see cref="For"/>: "d2", "k1"), who carries it out, when, and its budget in euros when it has one.
/// </summary>
public sealed record DashboardMeasure(string Id, string Title, string For, string Party, string Owner, DateOnly Start, DateOnly End, decimal? Budget);
