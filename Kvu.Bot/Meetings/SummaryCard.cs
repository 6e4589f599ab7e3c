using System.Globalization;
using System.Text.Json.Nodes;
using Kvu.Bot.Formation;
using Kvu.Bot.Localization;

namespace Kvu.Bot.Meetings;

// Pure: the werkgroep's progress as one Adaptive Card (1.5) for its channel: composition and open roles/points,
// success factors, the projectleider's open tasks, the next meeting. Kept well under Teams' 28 KB per message by
// listing at most MaxOpenPoints open points. (Open approvals come from the Approvals feature, not on this branch.)
public static class SummaryCard
{
    public const int MaxOpenPoints = 8;

    public static JsonObject Build(KvuProject project, ScheduledMeeting? next, CultureInfo c)
    {
        var en = c.TwoLetterISOLanguageName == "en";
        var body = new JsonArray
        {
            Text((en ? "Progress KVU " : "Voortgang KVU ") + $"{project.Gemeente} – {project.Uitgaansgebied}", "Medium", bold: true),
            Text(en ? "Composition" : "Samenstelling", bold: true),
            Facts(project.Members.Select(m => (FormationText.Name(m.Role, c), $"{m.Person.DisplayName} ({m.Organisation})"))),
        };

        var open = FormationChecks.Evaluate(project);
        body.Add(Text(en ? $"Open points ({open.Count})" : $"Open punten ({open.Count})", bold: true));
        foreach (var point in open.Take(MaxOpenPoints))
        {
            body.Add(Text("• " + FormationText.OpenPointTitle(project, point, c)));
        }

        body.Add(Text(en ? "Success factors" : "Succesfactoren", bold: true));
        body.Add(Facts(project.SuccessFactors.Select(f => (CardText.FactorShort(f.Factor, c), Status(f.Status, en)))));

        var tasks = project.Tasks.Where(t => !t.Done).ToList();
        body.Add(Text(en ? $"Projectleider's open tasks ({tasks.Count})" : $"Open taken projectleider ({tasks.Count})", bold: true));
        foreach (var task in tasks)
        {
            body.Add(Text("• " + FormationText.Name(task.Task, c)));
        }

        body.Add(Text(en ? "Next meeting" : "Volgende vergadering", bold: true));
        body.Add(Text(next is null
            ? (en ? "None planned (type **vergadering**)." : "Nog niet gepland (typ **vergadering**).")
            : $"{next.Subject}: {MeetingTexts.When(c, next.Start, next.End)}"));

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
                new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = en ? "Join the meeting" : "Deelnemen aan vergadering", ["url"] = join },
            };
        }

        return card;
    }

    private static string Status(SuccessFactorStatus status, bool en) => (status, en) switch
    {
        (SuccessFactorStatus.Met, false) => "voldaan",
        (SuccessFactorStatus.Met, true) => "met",
        (SuccessFactorStatus.NotMet, false) => "niet voldaan",
        (SuccessFactorStatus.NotMet, true) => "not met",
        (_, false) => "open",
        _ => "open",
    };

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
