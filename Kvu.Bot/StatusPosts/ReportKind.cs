namespace Kvu.Bot.StatusPosts;

/// <summary>
/// Which progress report is built: the same facts and card, with the sections that fit the occasion. Each
/// <see cref="IReportSection"/> says in which kinds it shows.
/// </summary>
public enum ReportKind
{
    /// <summary>The weekly status in the werkgroep channel: what changed since the last post, meetings, what is open, the phase.</summary>
    Weekly,

    /// <summary>"samenvatting": where the werkgroep stands now (composition, open points and decisions, tasks, the next meeting).</summary>
    Summary,

    /// <summary>The summary posted once a meeting has ended: that meeting, then what <see cref="Summary"/> shows.</summary>
    AfterMeeting,
}
