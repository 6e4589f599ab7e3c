using Kvu.Bot.Approvals;
using Kvu.Bot.Formation;

namespace Kvu.Bot.StatusPosts;

/// <summary>
/// What a progress report is about (the project as it is now, the kind of report, the period it covers) and what the
/// features know of it, read once by <see cref="ReportBuilder"/> so that the sections stay pure. A trigger creates
/// it with the first five; the builder fills in the rest.
/// </summary>
public sealed record ReportContext(KvuProject Project, ReportKind Kind, DateTimeOffset Since, DateTimeOffset Now, CultureInfo Culture)
{
    /// <summary>What the report follows, in the words of the feature that triggered it: after a meeting, its event id.</summary>
    public string? Occasion { get; init; }

    /// <summary>The decision log of the period, oldest first.</summary>
    public IEnumerable<Decision> Changes => Project.Decisions.Where(d => d.At > Since && d.At <= Now);

    /// <summary>The group decisions not closed yet, each with who still has to respond (the Approvals rule).</summary>
    public IReadOnlyList<DecisionTally> Decisions { get; init; } = [];

    /// <summary>Members who have not answered their invitation for longer than <see cref="ReminderAfterDays"/>.</summary>
    public IReadOnlyList<string> OverdueInvitees { get; init; } = [];

    /// <summary>Days after which an unanswered approval or invitation counts as late (ApprovalsOptions.ReminderAfterDays).</summary>
    public int ReminderAfterDays { get; init; } = 3;

    /// <summary>Put to the werkgroep before this moment and still unanswered: late.</summary>
    public DateTimeOffset LateBefore => Now - TimeSpan.FromDays(ReminderAfterDays);

    /// <summary>What features above the report added through <see cref="IReportFacts"/> (e.g. the meetings), one object each.</summary>
    public IReadOnlyList<object> FeatureFacts { get; init; } = [];

    /// <summary>The facts a feature added, for that feature's own sections; null when it added none.</summary>
    public T? Facts<T>()
        where T : class => FeatureFacts.OfType<T>().FirstOrDefault();
}
