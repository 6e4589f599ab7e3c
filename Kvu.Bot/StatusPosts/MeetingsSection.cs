using System.Text.Json.Nodes;
using Kvu.Bot.Common.Cards;
using static Kvu.Bot.Common.Cards.CardElements;

namespace Kvu.Bot.StatusPosts;

/// <summary>Meetings held since last week and the next ones planned; with none planned, how to plan one.</summary>
public sealed class MeetingsSection : IStatusSection
{
    /// <summary>Lines per kind, so a weekly series does not fill the card.</summary>
    public const int MaxHeld = 3;
    public const int MaxPlanned = 2;

    public int Order => 200;

    public IReadOnlyList<JsonObject> Build(StatusContext context)
    {
        var culture = context.Culture;
        var held = context.Meetings.Where(m => m.Start <= context.Now).TakeLast(MaxHeld);
        var planned = context.Meetings.Where(m => m.Start > context.Now).Take(MaxPlanned).ToList();

        var items = new List<JsonObject> { Heading(StatusText.Get(StatusText.MeetingsHeading, culture)) };
        items.AddRange(held.Select(m => Text("• " + StatusText.Format(StatusText.MeetingHeld, culture, m.Subject, StatusText.Moment(m.Start, culture)), spacing: Spacing.None)));
        items.AddRange(planned.Select(m => Text("• " + StatusText.Format(StatusText.MeetingPlanned, culture, m.Subject, StatusText.Moment(m.Start, culture)), spacing: Spacing.None)));
        if (planned.Count == 0)
        {
            items.Add(Text(StatusText.Get(StatusText.NoMeetingPlanned, culture), subtle: true, spacing: Spacing.Small));
        }

        return items;
    }
}
