using Kvu.Bot.Conversations;

namespace Kvu.Bot.StatusPosts;

/// <summary>What one delivery attempt came to. Throttles counts the 429s met on the way; RetryAfter is the wait asked for last.</summary>
public sealed record StatusDeliveryResult(SendOutcome? Outcome, int Throttles = 0, TimeSpan? RetryAfter = null, string? Problem = null);
