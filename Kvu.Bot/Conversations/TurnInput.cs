using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Storage;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace Kvu.Bot.Conversations;

/// <summary>The edge from a Teams message activity to the SDK-free <see cref="FlowInput"/> the features read.</summary>
public static class TurnInput
{
    public static FlowInput From(IMessageActivity activity, DateTimeOffset now, ITeamDirectory? team = null)
    {
        var message = IncomingMessage.From(activity);
        var input = new FlowInput(message.Text, message.Data, User(activity), BotText.CultureFor(activity.Locale), now)
        {
            Conversation = Conversation(activity),
            RepliesTo = message.Data is null || string.IsNullOrEmpty(activity.ReplyToId) ? null : activity.ReplyToId,
        };
        return team is null ? input : input with { Team = team };
    }

    public static FlowConversation Conversation(IActivity activity)
    {
        var teams = activity.GetChannelData<TeamsChannelData>();
        var kind = activity.Conversation?.ConversationType switch
        {
            "channel" => ConversationKind.Channel,
            "groupChat" => ConversationKind.GroupChat,
            _ => ConversationKind.Personal,
        };
        return new FlowConversation(activity.Conversation?.Id ?? string.Empty, kind, teams?.Channel?.Id, teams?.Team?.Id, NameOrNull(teams?.Team?.Name), NameOrNull(teams?.Channel?.Name));
    }

    /// <summary>
    /// Teams identifies a user by AAD object id within a tenant; that pair, never the display name, decides what
    /// they may see. Without them (the SDK's test adapter) the channel's user id stands in.
    /// </summary>
    public static FlowUser User(IActivity activity)
    {
        var tenant = activity.Conversation?.TenantId ?? activity.GetChannelData<TeamsChannelData>()?.Tenant?.Id ?? $"channel:{activity.ChannelId}";
        var from = activity.From;
        return new FlowUser(tenant, from?.AadObjectId ?? from?.Id ?? "anonymous", UserText.Name(from?.Name), null) { ChannelUserId = from?.Id };
    }

    /// <summary>A name Teams gives (a team's, a channel's), cleaned like the names users type.</summary>
    public static string? NameOrNull(string? name) => name is null ? null : UserText.Name(name);
}
