namespace Kvu.Bot.Common.Cards;

/// <summary>The size of a TextBlock or TextRun.</summary>
public enum TextSize
{
    Default,
    Small,
    Medium,
    Large,
    ExtraLarge,
}
