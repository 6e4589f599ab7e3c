namespace Kvu.Bot.Common.Cards;

/// <summary>Where a button sits: secondary actions go to the overflow menu ("...").</summary>
public enum ActionMode
{
    Primary,
    Secondary,
}
