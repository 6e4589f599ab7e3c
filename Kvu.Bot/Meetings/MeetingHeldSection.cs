using Kvu.Bot.StatusPosts;

namespace Kvu.Bot.Meetings;

/// <summary>After a meeting: which meeting the summary follows, right under the title.</summary>
public sealed class MeetingHeldSection : IReportSection
{
    public int Order => 50;

    public bool ShowsIn(ReportKind kind) => kind == ReportKind.AfterMeeting;

    public IReadOnlyList<JsonObject> Build(ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var c = context.Culture;
        return context.Facts<MeetingFacts>()?.Held is { } held
            ? [Text(MeetingText.Format(MeetingText.SummaryAfterMeeting, c, held.Subject, MeetingFormat.When(c, held.Start, held.End)), spacing: Spacing.None)]
            : [];
    }
}
