using Kvu.Bot.Storage;

namespace Kvu.Bot.StatusPosts;

public sealed class StatusPostOptions
{
    public const string SectionName = "StatusPosts";

    /// <summary>Key for POST /api/admin/status-posts/{projectId} (header X-Admin-Key). Empty: the endpoint answers 404.</summary>
    public string AdminKey { get; set; } = string.Empty;

    /// <summary>False stops the background loop (tests, or an instance that must not post); RunOnceAsync still works.</summary>
    public bool BackgroundEnabled { get; set; } = true;

    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a claim keeps other instances off a project's post; an unposted claim is re-taken after it.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "06:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Tenants posted to at the same time; one slow or throttled tenant never blocks the others.</summary>
    [Range(1, 64)]
    public int ParallelTenants { get; set; } = 8;

    /// <summary>
    /// Posts of one tenant prepared and sent at the same time (reading the project, building the card, the send); the
    /// proactive sender still spaces the sends within the tenant's rate. More than one hides the storage and network latency per post.
    /// </summary>
    [Range(1, 32)]
    public int PostsInFlightPerTenant { get; set; } = 4;

    /// <summary>Attempts (runs) for a post that keeps failing with errors other than removal, before giving up for that week.</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 5;

    [Required]
    public string ScheduleTable { get; set; } = KvuTables.StatusSchedules;

    [Required]
    public string ClaimTable { get; set; } = KvuTables.StatusPosts;
}
