namespace Kvu.Bot.Common.Cards;

/// <summary>The space above an element; <see cref="None"/> keeps related lines together.</summary>
public enum Spacing
{
    Default,
    None,
    Small,
    Medium,
    Large,
    ExtraLarge,
    Padding,
}
