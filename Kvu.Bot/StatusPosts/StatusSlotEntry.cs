namespace Kvu.Bot.StatusPosts;

/// <summary>One project in the due-slot index: enough to tell whether it is due without reading the project.</summary>
public sealed record StatusSlotEntry(string TenantId, string ProjectId, StatusSchedule Schedule, DateTimeOffset ActiveFrom);
