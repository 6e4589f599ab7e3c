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
    /// <summary>
    /// The projectleider and the projectsecretaris manage a project: change its answers, put decisions to the
    /// werkgroep, invite members, plan meetings. Members may look at it. Every feature asks this one question.
    /// </summary>
    public bool MayManage => Role >= ProjectAccessRole.Secretaris;
}
