namespace Kvu.Bot.Common.Cards;

/// <summary>A column as wide as its content (auto) or taking the rest of the row (stretch).</summary>
public enum ColumnWidth
{
    Auto,
    Stretch,
}
