namespace Kvu.Bot.Common.Cards;

/// <summary>How a button is drawn: Teams shows a positive action as the primary button.</summary>
public enum ActionStyle
{
    Default,
    Positive,
    Destructive,
}
