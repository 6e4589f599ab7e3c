namespace Kvu.Bot.StatusPosts;

/// <summary>The reports a <see cref="ReportSection"/> shows in, as flags of <see cref="ReportKind"/>.</summary>
[Flags]
public enum ReportKinds
{
    Weekly = 1 << ReportKind.Weekly,
    Summary = 1 << ReportKind.Summary,
    AfterMeeting = 1 << ReportKind.AfterMeeting,

    /// <summary>"samenvatting" and the summary after a meeting: where the werkgroep stands now.</summary>
    Summaries = Summary | AfterMeeting,

    All = Weekly | Summaries,
}
