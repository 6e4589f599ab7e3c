using Kvu.Bot.Storage;

namespace Kvu.Bot.StatusPosts;

/// <summary>
/// What a run reads once for all of a tenant's posts instead of once per post: the tenant's channel addresses and
/// the features' report facts (the meetings of its projects around the posts' periods, see <see cref="IReportFacts"/>).
/// </summary>
public sealed record StatusTenantReads(
    IReadOnlyDictionary<string, ConversationAddress> Channels,
    IReadOnlyList<Func<ReportContext, object?>> Facts);
