namespace Kvu.Bot.Formation;

/// <summary>The projectleider and the projectsecretaris manage a project; members may look at it.</summary>
public enum ProjectAccessRole
{
    Member,
    Secretaris,
    Projectleider,
}
