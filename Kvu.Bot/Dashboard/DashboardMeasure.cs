namespace Kvu.Bot.Dashboard;

/// <summary>
/// A measure (maatregel) of the plan van aanpak as the tab lists it by owning party: what, for which goal or knelpunt
/// (<see cref="For"/>: "d2", "k1"), who carries it out, when, its budget in euros when it has one, and its state as its
/// owner last reported it (<see cref="State"/>: the code, with its name; gepland until reported), overdue when its end
/// date has passed unfinished.
/// </summary>
public sealed record DashboardMeasure(
    string Id, string Title, string For, string Party, string Owner, DateOnly Start, DateOnly End, decimal? Budget, string State, string StateName, bool Overdue);
