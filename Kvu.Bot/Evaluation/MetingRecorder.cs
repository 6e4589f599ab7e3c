using Kvu.Bot.Formation;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// Records a checked meting on the project (and which way its indicator gets better, when that was said), under the
/// project's ETag: two people entering metingen at once both keep theirs. The one place both the form and the typed
/// command save through.
/// </summary>
public sealed class MetingRecorder(ProjectStore projects)
{
    /// <returns>The project as saved and the meting; null when the project is gone.</returns>
    /// <exception cref="FormationRuleException">A rule of the project refused it (archived, list full, ...).</exception>
    public async Task<(KvuProject Project, Meting Meting)?> RecordAsync(KvuProject project, MetingEntry entry, PersonRef by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(entry);
        Meting? meting = null;
        var saved = await projects.UpdateAsync(project.Key, p =>
        {
            if (entry.Better is { } better)
            {
                p.SetIndicatorDirection(entry.Indicator.Id, better, by, now);
            }

            meting = p.RecordMeting(entry.Indicator.Id, entry.Kind, entry.Value, entry.On, entry.Source, by, now);
        }, cancellationToken);
        return saved is null ? null : (saved, meting!);
    }
}
