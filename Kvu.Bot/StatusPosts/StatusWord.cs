namespace Kvu.Bot.StatusPosts;

/// <summary>The words of "weekstatus" and "samenvatting" (StatusPosts.resx, <c>Words_…</c>); day names come from the culture.</summary>
public enum StatusWord
{
    Schedule,
    Pause,
    Resume,

    /// <summary>Filler around the moment: "weekstatus dinsdag om 8:30 uur".</summary>
    At,

    Summary,
}
