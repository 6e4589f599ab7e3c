namespace Kvu.Bot.Formation;

/// <summary>
/// What the werkgroep measures (e.g. incidents per weekend night in the area), with its baseline from the nulmeting:
/// every tussenmeting and the nameting are compared with this value, so its date is kept with it.
/// </summary>
public sealed record Indicator(string Id, string Name, decimal Baseline, DateOnly BaselineOn);
