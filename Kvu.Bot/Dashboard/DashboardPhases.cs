using Kvu.Bot.Formation;

namespace Kvu.Bot.Dashboard;

/// <summary>The stappenplan as a timeline, from the decision log: the project starts in Initiatief, each PhaseSet moves it on.</summary>
public static class DashboardPhases
{
    public static IReadOnlyList<DashboardPhaseStep> Of(KvuProject project, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(project);
        var entered = new Dictionary<KvuPhase, DateTimeOffset>();
        var left = new Dictionary<KvuPhase, DateTimeOffset>();
        var current = KvuPhase.Initiatief;
        entered[current] = project.CreatedAt;
        foreach (var change in project.Decisions.Where(d => d.Kind == DecisionKind.PhaseSet).OrderBy(d => d.At))
        {
            if (!Enum.TryParse<KvuPhase>(change.Detail, out var next) || next == current)
            {
                continue;
            }

            left[current] = change.At;
            entered[next] = change.At;
            left.Remove(next);
            current = next;
        }

        return [.. Enum.GetValues<KvuPhase>().Select(p => new DashboardPhaseStep(
            p.ToString(),
            FormationText.Name(p, culture),
            entered.TryGetValue(p, out var at) ? at : null,
            left.TryGetValue(p, out var until) ? until : null,
            p == project.Phase))];
    }
}
