namespace Kvu.Bot.Formation;

/// <summary>
/// Which project, in which tenant: the two ids travel together to every store that reads a project, so they are one
/// value; a tenant id where a project id belongs, or a decision id where a project is meant, does not compile.
/// </summary>
public readonly record struct ProjectKey(string TenantId, string ProjectId)
{
    public override string ToString() => $"{TenantId}/{ProjectId}";
}
