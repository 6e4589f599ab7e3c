namespace Kvu.Bot.Formation;

/// <summary>
/// What the werkgroep measures (e.g. incidents per weekend night in the area), with its baseline from the nulmeting:
/// every tussenmeting and the nameting are compared with this value, so its date is kept with it. <see cref="Better"/>
/// is set when someone said which way is better; otherwise the goals that name the indicator tell (Evaluation/).
/// </summary>
public sealed record Indicator(string Id, string Name, decimal Baseline, DateOnly BaselineOn, IndicatorDirection? Better = null);
