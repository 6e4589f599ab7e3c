namespace Kvu.Bot.StatusPosts;

/// <summary>
/// One part of the progress report card. Features add theirs, usually a <see cref="ReportSection"/>, by registering it in DI
/// (<c>services.AddSingleton&lt;IReportSection, MeetingsSection&gt;()</c>, e.g. meetings held and planned); the card
/// shows, by <see cref="Order"/>, the sections that show in its <see cref="ReportKind"/>. A section with nothing to
/// say returns no elements. Sections are pure: they read the context and build card elements, nothing else.
/// </summary>
public interface IReportSection
{
    /// <summary>After a meeting 50, phase 80, convenant 85, measures 90, changes 100, composition 150, meetings 200,
    /// open points 300, decisions 350, success factors 400, tasks 500, reporting 550, next meeting 600; leave gaps for
    /// others.</summary>
    int Order { get; }

    bool ShowsIn(ReportKind kind);

    IReadOnlyList<JsonObject> Build(ReportContext context);
}
