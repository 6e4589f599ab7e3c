namespace Kvu.Bot.Privacy;

/// <summary>What a download link of an export stands for: this user of this tenant asked about this person, until then.</summary>
public sealed record ExportTicket(string TenantId, string UserId, string Key, DateTimeOffset ExpiresAt);
