namespace Kvu.Bot.Evaluation;

/// <summary>
/// How a meting compares with an earlier value of its indicator. Better and Worse when it is known which way the
/// indicator gets better; otherwise only Higher or Lower.
/// </summary>
public enum Trend
{
    Better,
    Worse,
    Equal,
    Higher,
    Lower,
}
