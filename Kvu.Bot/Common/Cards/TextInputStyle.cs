namespace Kvu.Bot.Common.Cards;

/// <summary>The kind of text an Input.Text takes, so a phone shows the right keyboard.</summary>
public enum TextInputStyle
{
    Text,
    Tel,
    Url,
    Email,
}
