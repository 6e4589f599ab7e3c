namespace Kvu.Bot.StatusPosts;

public enum StatusClaimState
{
    /// <summary>An instance has it (until LeaseUntil), or it failed and waits for LeaseUntil to be retried.</summary>
    Claimed,

    /// <summary>The week's post is in the channel.</summary>
    Posted,

    /// <summary>Given up for this week: the channel is gone, there is none, or it kept failing.</summary>
    Abandoned,
}
