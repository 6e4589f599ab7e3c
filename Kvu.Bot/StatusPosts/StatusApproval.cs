using Kvu.Bot.Approvals;

namespace Kvu.Bot.StatusPosts;

/// <summary>An open group decision in the weekly status: who has not approved yet, and whether that is overdue.</summary>
public sealed record StatusApproval(GroupDecisionKind Kind, IReadOnlyList<string> Waiting, bool Overdue);
