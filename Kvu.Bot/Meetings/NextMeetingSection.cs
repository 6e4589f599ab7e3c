using Kvu.Bot.StatusPosts;

namespace Kvu.Bot.Meetings;

/// <summary>In a summary: the next meeting with a button to join it, or how to plan one.</summary>
public sealed class NextMeetingSection() : ReportSection(600, ReportKinds.Summaries)
{
    protected override IReadOnlyList<JsonObject> Elements(ReportContext context, CultureInfo culture)
    {
        var next = context.Facts<MeetingFacts>()?.Next;
        var items = new List<JsonObject>
        {
            Heading(MeetingText.Get(MeetingText.SummaryNextMeeting, culture)),
            Text(next is null ? MeetingText.Get(MeetingText.SummaryNoMeeting, culture) : $"{next.Subject}: {MeetingFormat.When(culture, next.Start, next.End)}", spacing: Spacing.Small),
        };
        if (next?.JoinUrl is { } join)
        {
            items.Add(ActionSet([OpenUrl(MeetingText.Get(MeetingText.SummaryJoin, culture), join)]));
        }

        return items;
    }
}
