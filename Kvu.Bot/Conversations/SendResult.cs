namespace Kvu.Bot.Conversations;

/// <summary>
/// What a proactive send came to. <paramref name="Throttles"/> counts the 429s the sender waited out on the way (also
/// when it then delivered); <paramref name="RetryAfter"/> is the wait Teams asked for last; <paramref name="Detail"/>
/// the connector's answer, for the log.
/// </summary>
public sealed record SendResult(SendOutcome Outcome, TimeSpan? RetryAfter = null, string? Detail = null, int Throttles = 0)
{
    public static readonly SendResult Sent = new(SendOutcome.Sent);
}
