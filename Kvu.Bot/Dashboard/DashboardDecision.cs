namespace Kvu.Bot.Dashboard;

/// <summary>An open group decision with its tally and who still has to respond (the Approvals rule, DecisionTally).</summary>
public sealed record DashboardDecision(
    string Id,
    string Title,
    int Version,
    DateTimeOffset UpdatedAt,
    int Asked,
    int Agreed,
    int Objections,
    IReadOnlyList<string> Pending);
