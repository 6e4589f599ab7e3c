namespace Kvu.Bot.Conversations;

/// <summary>How <see cref="ProactiveSender"/> paces and retries every post the bot makes without being spoken to.</summary>
public sealed class ProactiveOptions
{
    public const string SectionName = "Proactive";

    /// <summary>
    /// Requests per second per tenant. Teams allows a bot 50 requests/s per app per tenant (all instances
    /// together), so each instance keeps well under it: two instances at 20/s leave room for the bot's answers.
    /// </summary>
    [Range(1, 50)]
    public int TenantRequestsPerSecond { get; set; } = 20;

    /// <summary>Longest Retry-After a send waits for; a longer one comes back as Throttled, for the caller to try later.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxRetryAfterWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Longest a post made while someone waits for the bot's answer (a decision card put in the channel, invitations
    /// sent on "uitnodigen") waits for its turn and for Retry-After together; beyond it the post comes back as
    /// Throttled at once and the user is told Teams is busy. Teams gives a turn about 15 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:15")]
    public TimeSpan InTurnMaxWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Tries of one message within one send when Teams answers 429; after the last the send comes back as Throttled.</summary>
    [Range(1, 10)]
    public int TriesPerSend { get; set; } = 3;
}
