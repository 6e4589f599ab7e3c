using Kvu.Bot.Formation;
using Kvu.Bot.Storage.PersonalData;

namespace Kvu.Bot.Privacy;

/// <summary>Where a request may look: the projects a projectleider manages, or the whole tenant for its administrator.</summary>
public sealed class PersonalDataScopes(ProjectStore projects, ProjectAccessStore access)
{
    /// <summary>The projects <paramref name="userId"/> manages in the tenant (the one rule: <see cref="ProjectAccess.MayManage"/>); none: not allowed.</summary>
    public async Task<PersonalDataScope> ManagedByAsync(string tenantId, string userId, CancellationToken cancellationToken)
    {
        var managed = new List<string>();
        await foreach (var grant in access.ListForUserAsync(tenantId, userId, cancellationToken))
        {
            if (grant.MayManage && !managed.Contains(grant.ProjectId, StringComparer.Ordinal))
            {
                managed.Add(grant.ProjectId);
            }
        }

        return new PersonalDataScope(tenantId, managed, WholeTenant: false);
    }

    /// <summary>Every project of the tenant and the rows of no project.</summary>
    public async Task<PersonalDataScope> TenantAsync(string tenantId, CancellationToken cancellationToken) =>
        new(tenantId, [.. (await projects.ListTenantAsync(tenantId, cancellationToken)).Select(p => p.Id)], WholeTenant: true);
}
