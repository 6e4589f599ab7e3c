namespace Kvu.Bot.Conversations;

public sealed record SendResult(SendOutcome Outcome, TimeSpan? RetryAfter = null, string? Detail = null)
{
    public static readonly SendResult Sent = new(SendOutcome.Sent);
}
