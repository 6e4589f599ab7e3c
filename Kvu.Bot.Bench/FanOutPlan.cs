namespace Kvu.Bot.Bench;

/// <summary>The weekly fan-out's data: projects spread evenly over tenants, each with its own werkgroep channel.</summary>
internal sealed record FanOutPlan(IReadOnlyList<FanOutPlan.Project> Projects)
{
    public static FanOutPlan Create(int projects, int tenants, string prefix = "bench") => new(
        [.. Enumerable.Range(0, projects).Select(i => new Project(
            TenantId: $"{prefix}-tenant-{i % tenants:00}",
            ProjectId: $"{prefix}-project-{i:00000}",
            ChannelConversationId: $"19:{prefix}-channel-{i:00000}@thread.tacv2"))]);

    public IEnumerable<int> PostsPerTenant => Projects.GroupBy(p => p.TenantId).Select(g => g.Count());

    /// <summary>One status post per project, each into its own channel.</summary>
    public IEnumerable<int> PostsPerConversation => Projects.Select(_ => 1);

    public sealed record Project(string TenantId, string ProjectId, string ChannelConversationId);
}
