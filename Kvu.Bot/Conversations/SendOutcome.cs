namespace Kvu.Bot.Conversations;

/// <summary>How a proactive post ended, in terms the caller can act on.</summary>
public enum SendOutcome
{
    Sent,

    /// <summary>429 that outlasted the sender's own waiting: try again after <see cref="SendResult.RetryAfter"/>, not sooner.</summary>
    Throttled,

    /// <summary>403 or 404: the bot was removed from the team or chat, or the conversation no longer exists. Trying again will not help.</summary>
    RecipientGone,

    /// <summary>Anything else (5xx after the SDK's own retries, network); may be retried later.</summary>
    Failed,
}
