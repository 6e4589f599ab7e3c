namespace Kvu.Bot.Formation;

/// <summary>What a goal lacks to be SMART.</summary>
public enum SmartGap
{
    Indicator,
    Target,
    Date,
}
