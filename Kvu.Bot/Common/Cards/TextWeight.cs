namespace Kvu.Bot.Common.Cards;

/// <summary>How heavy a TextBlock or TextRun is.</summary>
public enum TextWeight
{
    Default,
    Lighter,
    Bolder,
}
