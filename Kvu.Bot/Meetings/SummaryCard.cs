using System.Globalization;
using System.Text.Json.Nodes;
using Kvu.Bot.Formation.Cards;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Meetings;

// Pure: the werkgroep's progress as one Adaptive Card (1.5) for its channel: composition and open roles/points,
// open group decisions with who still has to respond, success factors, the projectleider's open tasks, the next
// meeting. Kept well under Teams' 28 KB per message by listing at most MaxOpenPoints open points.
public static class SummaryCard
{
    public const int MaxOpenPoints = 8;

    public static JsonObject Build(KvuProject project, ScheduledMeeting? next, CultureInfo c) =>
        Build(new ProgressSummary(project, [], next), c);

    public static JsonObject Build(ProgressSummary summary, CultureInfo c)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var project = summary.Project;
        var body = new JsonArray
        {
            Text(MeetingText.Format(MeetingText.SummaryTitle, c, project.Gemeente, project.Uitgaansgebied), "Medium", bold: true),
        };
        if (summary.After is { } after)
        {
            body.Add(Text(MeetingText.Format(MeetingText.SummaryAfterMeeting, c, after.Subject, MeetingFormat.When(c, after.Start, after.End))));
        }

        body.Add(Text(MeetingText.Get(MeetingText.SummaryComposition, c), bold: true));
        body.Add(Facts(project.Members.Select(m => (FormationText.Name(m.Role, c), $"{m.Person.DisplayName} ({m.Organisation})"))));

        var open = FormationChecks.Evaluate(project);
        body.Add(Text(MeetingText.Format(MeetingText.SummaryOpenPoints, c, open.Count), bold: true));
        foreach (var point in open.Take(MaxOpenPoints))
        {
            body.Add(Text("• " + FormationText.OpenPointTitle(project, point, c)));
        }

        body.Add(Text(MeetingText.Format(MeetingText.SummaryApprovals, c, summary.OpenDecisions.Count), bold: true));
        if (summary.OpenDecisions.Count == 0)
        {
            body.Add(Text(MeetingText.Get(MeetingText.SummaryNoApprovals, c)));
        }

        foreach (var decision in summary.OpenDecisions)
        {
            body.Add(Text("• " + (decision.Pending.Count == 0
                ? MeetingText.Format(MeetingText.SummaryApprovalAllResponded, c, decision.Title)
                : MeetingText.Format(MeetingText.SummaryApprovalPending, c, decision.Title, string.Join(", ", decision.Pending)))));
        }

        body.Add(Text(MeetingText.Get(MeetingText.SummaryFactors, c), bold: true));
        body.Add(Facts(project.SuccessFactors.Select(f => (CardText.FactorShort(f.Factor, c), Status(f.Status, c)))));

        var tasks = project.Tasks.Where(t => !t.Done).ToList();
        body.Add(Text(MeetingText.Format(MeetingText.SummaryTasks, c, tasks.Count), bold: true));
        foreach (var task in tasks)
        {
            body.Add(Text("• " + FormationText.Name(task.Task, c)));
        }

        var next = summary.Next;
        body.Add(Text(MeetingText.Get(MeetingText.SummaryNextMeeting, c), bold: true));
        body.Add(Text(next is null
            ? MeetingText.Get(MeetingText.SummaryNoMeeting, c)
            : $"{next.Subject}: {MeetingFormat.When(c, next.Start, next.End)}"));

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
        };
        if (next?.JoinUrl is { } join)
        {
            card["actions"] = new JsonArray
            {
                new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = MeetingText.Get(MeetingText.SummaryJoin, c), ["url"] = join },
            };
        }

        return card;
    }

    private static string Status(SuccessFactorStatus status, CultureInfo c) => MeetingText.Get(status switch
    {
        SuccessFactorStatus.Met => MeetingText.Status_Met,
        SuccessFactorStatus.NotMet => MeetingText.Status_NotMet,
        _ => MeetingText.Status_Open,
    }, c);

    private static JsonObject Text(string text, string? size = null, bool bold = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (size is not null)
        {
            block["size"] = size;
        }

        if (bold)
        {
            block["weight"] = "Bolder";
        }

        return block;
    }

    private static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray(facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value }).ToArray()),
    };
}
