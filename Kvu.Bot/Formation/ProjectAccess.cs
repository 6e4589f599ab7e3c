namespace Kvu.Bot.Formation;

/// <summary>One user's access to one project, with what the project list shows.</summary>
public sealed record ProjectAccess(
    string TenantId,
    string UserId,
    string ProjectId,
    string Gemeente,
    string Uitgaansgebied,
    ProjectAccessRole Role,
    DateTimeOffset GrantedAt)
{
    /// <summary>The one rule for who may manage a project (change it, put decisions to the werkgroep, export or erase a person's data): its projectleider or projectsecretaris.</summary>
    public bool MayManage => Role >= ProjectAccessRole.Secretaris;
}
