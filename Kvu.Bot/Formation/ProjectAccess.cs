namespace Kvu.Bot.Formation;

/// <summary>One user's access to one project, with what the project list shows.</summary>
public sealed record ProjectAccess(
    string TenantId,
    string UserId,
    string ProjectId,
    string Gemeente,
    string Uitgaansgebied,
    ProjectAccessRole Role,
    DateTimeOffset GrantedAt);
