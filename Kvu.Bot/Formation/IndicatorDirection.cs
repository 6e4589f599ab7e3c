namespace Kvu.Bot.Formation;

/// <summary>
/// Which way an indicator gets better: fewer incidents per weekend night is better, a larger share of visitors feeling
/// safe is better. Without it a trend can only say "higher" or "lower", never "better" or "worse".
/// </summary>
public enum IndicatorDirection
{
    Lower,
    Higher,
}
