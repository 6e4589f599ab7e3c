namespace Kvu.Bot.Common.Cards;

/// <summary>A TextBlock or TextRun colour, as the host theme draws it (Teams: light, dark and high contrast).</summary>
public enum TextColor
{
    Default,
    Dark,
    Light,
    Accent,
    Good,
    Warning,
    Attention,
}
