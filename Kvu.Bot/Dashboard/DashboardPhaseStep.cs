namespace Kvu.Bot.Dashboard;

/// <summary>
/// One step of the CCV stappenplan on the timeline. EnteredAt/LeftAt come from the project's phase history (its
/// creation and each phase decision of the werkgroep); a step still to come in this round has neither. The stappenplan is a
/// cycle, so a step entered twice shows its latest visit.
/// </summary>
public sealed record DashboardPhaseStep(string Phase, string Name, DateTimeOffset? EnteredAt, DateTimeOffset? LeftAt, bool Current);
