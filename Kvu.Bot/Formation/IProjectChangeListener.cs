namespace Kvu.Bot.Formation;

/// <summary>
/// A feature that keeps, next to its own data, what it needs to know of a project or of who may manage it (so a hot
/// path reads one partition instead of three tables). <see cref="ProjectStore"/> and <see cref="ProjectAccessStore"/>
/// tell it around every save that changes that: <see cref="ChangingAsync"/> before the write, so that a crash between
/// the write and the feature's own update leaves a mark ("changing") rather than a copy that looks current and is
/// not; the callback it returns after the write succeeded.
/// </summary>
public interface IProjectChangeListener
{
    /// <summary>What of the project the feature depends on, as a comparable string; a save that leaves it equal is not announced.</summary>
    string Fingerprint(KvuProject project);

    /// <summary>Called before a save that changes the fingerprint, or a grant of access to the project.</summary>
    /// <returns>What to call once the save succeeded.</returns>
    Task<Func<CancellationToken, Task>> ChangingAsync(string projectId, CancellationToken cancellationToken);
}
