using Kvu.Bot.StatusPosts;

namespace Kvu.Bot.Meetings;

/// <summary>In the weekly post: meetings held since last week and the next ones planned; with none planned, how to plan one.</summary>
public sealed class MeetingsSection() : ReportSection(200, ReportKinds.Weekly)
{
    /// <summary>Lines per kind, so a weekly series does not fill the card.</summary>
    public const int MaxHeld = 3;
    public const int MaxPlanned = 2;

    protected override IReadOnlyList<JsonObject> Elements(ReportContext context, CultureInfo culture)
    {
        var meetings = context.Facts<MeetingFacts>()?.InPeriod ?? [];
        var held = meetings.Where(m => m.Start <= context.Now).TakeLast(MaxHeld);
        var planned = meetings.Where(m => m.Start > context.Now).Take(MaxPlanned).ToList();

        var items = new List<JsonObject> { Heading(MeetingText.Get(MeetingText.MeetingsHeading, culture)) };
        items.AddRange(held.Select(m => Bullet(MeetingText.Format(MeetingText.MeetingHeld, culture, m.Subject, StatusText.Moment(m.Start, culture)))));
        items.AddRange(planned.Select(m => Bullet(MeetingText.Format(MeetingText.MeetingPlanned, culture, m.Subject, StatusText.Moment(m.Start, culture)))));
        if (planned.Count == 0)
        {
            items.Add(Text(MeetingText.Get(MeetingText.NoMeetingPlanned, culture), subtle: true, spacing: Spacing.Small));
        }

        return items;
    }
}
