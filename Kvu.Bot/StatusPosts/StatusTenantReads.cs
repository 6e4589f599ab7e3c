using Kvu.Bot.Storage;
using Kvu.Bot.Meetings;

namespace Kvu.Bot.StatusPosts;

/// <summary>
/// What a run reads once for all of a tenant's posts instead of once per post: the tenant's channel addresses and
/// the meetings of its projects around the posts' periods.
/// </summary>
public sealed record StatusTenantReads(
    IReadOnlyDictionary<string, ConversationAddress> Channels,
    IReadOnlyDictionary<string, IReadOnlyList<ScheduledMeeting>> Meetings);
