namespace Kvu.Bot.Conversations;

/// <summary>What the bot remembers per conversation, kept in conversation state (one Table entity).</summary>
public sealed class ConversationData
{
    /// <summary>
    /// Teams retries a delivery it thinks failed, with the same activity id; the last ids seen let the bot
    /// process each activity once. Twenty covers any burst of retries.
    /// </summary>
    private const int RememberedActivityIds = 20;

    /// <summary>The name it is kept under in the conversation's state.</summary>
    public const string StateProperty = "data";

    public bool Welcomed { get; set; }

    /// <summary>The serviceUrl under which this conversation's address was last stored for proactive posts.</summary>
    public string? StoredAddressServiceUrl { get; set; }

    /// <summary>The locale stored with this (personal) conversation's address; the user may switch her Teams language.</summary>
    public string? StoredAddressLocale { get; set; }

    public List<string> RecentActivityIds { get; set; } = [];

    /// <summary>Per user (AAD object id): active project and guided flow.</summary>
    public Dictionary<string, Flows.UserConversation> Users { get; set; } = new(StringComparer.Ordinal);

    public Flows.UserConversation For(string userKey)
    {
        if (!Users.TryGetValue(userKey, out var user))
        {
            user = new Flows.UserConversation();
            Users[userKey] = user;
        }

        return user;
    }

    /// <summary>Returns false when the activity was seen before (a retried delivery).</summary>
    public bool MarkSeen(string? activityId)
    {
        if (string.IsNullOrEmpty(activityId))
        {
            return true;
        }

        if (RecentActivityIds.Contains(activityId))
        {
            return false;
        }

        RecentActivityIds.Add(activityId);
        if (RecentActivityIds.Count > RememberedActivityIds)
        {
            RecentActivityIds.RemoveRange(0, RecentActivityIds.Count - RememberedActivityIds);
        }

        return true;
    }
}
