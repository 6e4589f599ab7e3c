namespace Kvu.Bot.Formation;

/// <summary>Tells listeners (<see cref="IProjectChangeListener"/>) of a change before it is written; the result tells them after.</summary>
internal static class ProjectChanges
{
    /// <returns>What to call once the change is saved: every listener's own callback, in turn.</returns>
    public static async Task<Func<CancellationToken, Task>> ChangingAsync(IEnumerable<IProjectChangeListener> listeners, string projectId, CancellationToken cancellationToken)
    {
        var settle = new List<Func<CancellationToken, Task>>();
        foreach (var listener in listeners)
        {
            settle.Add(await listener.ChangingAsync(projectId, cancellationToken));
        }

        return async ct =>
        {
            foreach (var settled in settle)
            {
                await settled(ct);
            }
        };
    }
}
