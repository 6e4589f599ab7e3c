namespace Kvu.Bot.Formation;

/// <summary>The themes knelpunten are grouped by on the analysis card.</summary>
public enum KnelpuntTheme
{
    Geweld,
    Overlast,
    Alcohol,
    Drugs,
    Verkeer,
    Brandveiligheid,
    Overig,
}
