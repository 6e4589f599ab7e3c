namespace Kvu.Bot.StatusPosts;

public enum StatusPostOutcome
{
    Posted,

    /// <summary>Not ours to post: already posted, held by another instance, paused, or no channel.</summary>
    Skipped,

    /// <summary>Not posted this time; the claim waits for a later run (throttled beyond the in-run wait, or an error).</summary>
    Deferred,

    Failed,

    ChannelGone,
}
