using Kvu.Bot.Formation;

namespace Kvu.Bot.Dashboard;

/// <summary>
/// The stappenplan as a timeline, from the project's phase history: when each step was entered and left, as the
/// werkgroep's phase decisions moved the project; a step visited in several rounds shows its latest visit.
/// </summary>
public static class DashboardPhases
{
    public static IReadOnlyList<DashboardPhaseStep> Of(KvuProject project, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(project);
        var latest = new Dictionary<KvuPhase, PhaseStay>();
        foreach (var stay in project.History)
        {
            latest[stay.Phase] = stay;
        }

        return [.. Enum.GetValues<KvuPhase>().Select(p => new DashboardPhaseStep(
            p.ToString(),
            FormationText.Name(p, culture),
            latest.GetValueOrDefault(p)?.EnteredAt,
            latest.GetValueOrDefault(p)?.LeftAt,
            p == project.Phase))];
    }
}
