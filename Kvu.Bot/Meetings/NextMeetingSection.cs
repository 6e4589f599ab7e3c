using System.Text.Json.Nodes;
using Kvu.Bot.StatusPosts;
using static Kvu.Bot.Formation.Cards.CardParts;

namespace Kvu.Bot.Meetings;

/// <summary>In a summary: the next meeting with a button to join it, or how to plan one.</summary>
public sealed class NextMeetingSection : IReportSection
{
    public int Order => 600;

    public bool ShowsIn(ReportKind kind) => kind != ReportKind.Weekly;

    public IReadOnlyList<JsonObject> Build(ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var c = context.Culture;
        var next = context.Facts<MeetingFacts>()?.Next;
        var items = new List<JsonObject>
        {
            Heading(MeetingText.Get(MeetingText.SummaryNextMeeting, c)),
            Text(next is null ? MeetingText.Get(MeetingText.SummaryNoMeeting, c) : $"{next.Subject}: {MeetingFormat.When(c, next.Start, next.End)}", spacing: "Small"),
        };
        if (next?.JoinUrl is { } join)
        {
            items.Add(ActionSet([new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = MeetingText.Get(MeetingText.SummaryJoin, c), ["url"] = join }]));
        }

        return items;
    }
}
