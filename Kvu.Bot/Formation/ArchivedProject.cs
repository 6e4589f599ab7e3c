namespace Kvu.Bot.Formation;

/// <summary>An entry of the index of archived projects: which project, when it was archived, and when the entry was written.</summary>
public sealed record ArchivedProject(string TenantId, string ProjectId, DateTimeOffset ArchivedAt, DateTimeOffset IndexedAt);
