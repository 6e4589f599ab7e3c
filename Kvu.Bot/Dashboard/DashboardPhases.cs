using Kvu.Bot.Formation;

namespace Kvu.Bot.Dashboard;

/// <summary>
/// The stappenplan as a timeline of the round the project is in, from its phase history: when each step up to the
/// current one was entered and left, as the werkgroep's phase decisions moved the project. The steps after the current
/// one are still to come in this round, even when an earlier round, or a stay the werkgroep went back from, reached
/// them (the phase card keeps that history); a step visited more than once shows its latest visit.
/// </summary>
public static class DashboardPhases
{
    public static IReadOnlyList<DashboardPhaseStep> Of(KvuProject project, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(project);
        var latest = new Dictionary<KvuPhase, PhaseStay>();
        foreach (var stay in project.History.Where(s => s.Round <= project.Round && s.Phase <= project.Phase))
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
