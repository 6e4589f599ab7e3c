namespace Kvu.Bot.Conversations.Flows;

/// <summary>The person talking to the bot, identified as Teams identifies them: tenant and AAD object id.</summary>
public sealed record FlowUser(string TenantId, string AadObjectId, string DisplayName, string? Email)
{
    /// <summary>The key under which this user's flow is kept in a shared conversation (group chat, channel).</summary>
    public string Key => AadObjectId;

    /// <summary>The channel's own user id (Teams: "29:..."); the Bot Framework token service keeps user tokens under it.</summary>
    public string? ChannelUserId { get; init; }
}
