using Kvu.Bot.Formation;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// One goal against its indicator: the nulmeting, the latest meting of this round and the one before it, the verdict
/// and the trend against both (<see cref="GoalResults.For"/>). Null where there is nothing to compare.
/// </summary>
public sealed record GoalProgress(
    Goal Goal,
    Indicator? Indicator,
    IndicatorDirection? Better,
    Meting? Latest,
    Meting? Previous,
    GoalVerdict Verdict,
    Trend? SinceBaseline,
    Trend? SincePrevious);
