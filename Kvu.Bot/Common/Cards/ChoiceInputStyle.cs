namespace Kvu.Bot.Common.Cards;

/// <summary>How an Input.ChoiceSet is shown: a drop-down (compact) or all options at once (expanded).</summary>
public enum ChoiceInputStyle
{
    Compact,
    Expanded,
}
