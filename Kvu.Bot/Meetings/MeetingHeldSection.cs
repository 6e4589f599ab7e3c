using Kvu.Bot.StatusPosts;

namespace Kvu.Bot.Meetings;

/// <summary>After a meeting: which meeting the summary follows, right under the title.</summary>
public sealed class MeetingHeldSection() : ReportSection(50, ReportKinds.AfterMeeting)
{
    protected override IReadOnlyList<JsonObject> Elements(ReportContext context, CultureInfo culture)
    {
        return context.Facts<MeetingFacts>()?.Held is { } held
            ? [Text(MeetingText.Format(MeetingText.SummaryAfterMeeting, culture, held.Subject, MeetingFormat.When(culture, held.Start, held.End)), spacing: Spacing.None)]
            : [];
    }
}
