namespace Kvu.Bot.Conversations;

/// <summary>How a proactive post ended, in terms the caller can act on.</summary>
public enum SendOutcome
{
    Sent,

    /// <summary>429: Teams' rate limit; try again after <see cref="SendResult.RetryAfter"/>.</summary>
    Throttled,

    /// <summary>403: the bot was removed from the team or chat, or may not post there.</summary>
    Forbidden,

    /// <summary>404: the conversation no longer exists.</summary>
    NotFound,

    /// <summary>Anything else (5xx, network); may be retried later.</summary>
    Failed,
}
