using Kvu.Bot.Storage;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace Kvu.Bot.Conversations;

/// <summary>
/// Keeps the address of every conversation the bot is in (personal, group chat, channel) so that weekly status
/// posts and invitations can be sent proactively later. Written only when the conversation is new to the bot or
/// its serviceUrl (or, in a personal chat, its user's language) changed, so an ordinary turn costs no extra storage request.
/// </summary>
public sealed class ConversationTracker(ConversationStore store, TimeProvider clock)
{
    public async Task TrackAsync(IActivity activity, ConversationData data, CancellationToken cancellationToken)
    {
        var address = ToAddress(activity, clock.GetUtcNow());
        if (address is null || (data.StoredAddressServiceUrl == address.ServiceUrl && data.StoredAddressLocale == address.Locale))
        {
            return;
        }

        await store.SaveAsync(address, cancellationToken);
        data.StoredAddressServiceUrl = address.ServiceUrl;
        data.StoredAddressLocale = address.Locale;
    }

    public static ConversationAddress? ToAddress(IActivity activity, DateTimeOffset now)
    {
        if (activity.Conversation is null || string.IsNullOrEmpty(activity.ServiceUrl))
        {
            return null;
        }

        var teams = activity.GetChannelData<TeamsChannelData>();
        var tenantId = activity.Conversation.TenantId ?? teams?.Tenant?.Id;
        if (string.IsNullOrEmpty(tenantId))
        {
            return null;
        }

        var kind = activity.Conversation.ConversationType switch
        {
            "channel" => ConversationKind.Channel,
            "groupChat" => ConversationKind.GroupChat,
            _ => ConversationKind.Personal,
        };

        // A message in a channel belongs to a thread ("19:...@thread.tacv2;messageid=..."); a proactive post goes
        // to the channel itself, so the channel's own id is what is kept.
        var conversationId = kind == ConversationKind.Channel
            ? teams?.Channel?.Id ?? activity.Conversation.Id.Split(";messageid=")[0]
            : activity.Conversation.Id;

        return new ConversationAddress(
            TenantId: tenantId,
            ConversationId: conversationId,
            Kind: kind,
            ServiceUrl: activity.ServiceUrl,
            ChannelId: activity.ChannelId,
            BotId: activity.Recipient?.Id ?? string.Empty,
            BotName: activity.Recipient?.Name ?? string.Empty,
            TeamId: teams?.Team?.Id,
            TeamName: TurnInput.NameOrNull(teams?.Team?.Name),
            ChannelName: TurnInput.NameOrNull(teams?.Channel?.Name),
            UpdatedAt: now,
            Locale: kind == ConversationKind.Personal && (activity as Activity)?.Locale is { Length: > 0 } locale ? locale : null);
    }
}
