namespace Kvu.Bot.StatusPosts;

/// <summary>A week's post that was claimed but is not posted or given up yet: every run looks at these again.</summary>
public sealed record StatusPending(string TenantId, string ProjectId, string WeekKey, DateTimeOffset DueAt);
