namespace Kvu.Bot.Dashboard;

/// <summary>
/// Everything the dashboard tab shows of one project, in one document: the tab makes one call and renders it, so
/// it is as fast as one read of the project's partitions. Codes (enum names) come with the names users read, in
/// the language asked for, so the page never needs the bot's texts.
/// </summary>
public sealed record DashboardView(
    DashboardProject Project,
    IReadOnlyList<DashboardPhaseStep> Phases,
    IReadOnlyList<DashboardSeat> Seats,
    IReadOnlyList<DashboardOpenPoint> OpenPoints,
    IReadOnlyList<DashboardFactor> SuccessFactors,
    IReadOnlyList<DashboardGoal> Goals,
    IReadOnlyList<DashboardDecision> Decisions,
    IReadOnlyList<DashboardMeeting> Meetings);
