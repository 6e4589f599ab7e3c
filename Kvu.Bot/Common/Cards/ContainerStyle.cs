namespace Kvu.Bot.Common.Cards;

/// <summary>The background of a Container.</summary>
public enum ContainerStyle
{
    Default,
    Emphasis,
    Good,
    Attention,
    Warning,
    Accent,
}
