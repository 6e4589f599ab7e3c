namespace Kvu.Bot.Storage.PersonalData;

/// <summary>
/// Where a request about a person looks: these projects of the tenant, and with <paramref name="WholeTenant"/> also the
/// rows that belong to no project (the person's chat with the bot, its state, where invitations reach her). A
/// projectleider's request covers the projects she manages; the tenant's administrator covers the whole tenant.
/// </summary>
public sealed record PersonalDataScope(string TenantId, IReadOnlyList<string> ProjectIds, bool WholeTenant)
{
    public bool Includes(string? projectId) => projectId is not null && ProjectIds.Contains(projectId, StringComparer.Ordinal);
}
