using System.Globalization;
using System.Text.Json.Nodes;

namespace Kvu.Bot.Meetings;

// Pure: proposals → an Adaptive Card (1.5, Teams' maximum) with one Action.Submit per slot.
public static class ProposalCard
{
    public const string PickVerb = "meetings.pick";

    public static JsonObject Build(MeetingKind kind, int? repeatEveryWeeks, IReadOnlyList<SlotProposal> slots, IReadOnlyList<string> warnings, CultureInfo culture)
    {
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = MeetingTexts.ProposalsTitle(culture), ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
        };
        foreach (var slot in slots)
        {
            body.Add(new JsonObject
            {
                ["type"] = "TextBlock",
                ["wrap"] = true,
                ["text"] = MeetingTexts.When(culture, slot.Start, slot.End) + " — "
                    + (slot.Busy.Count == 0 ? MeetingTexts.AllFree(culture) : MeetingTexts.BusyList(culture, slot.Busy)),
            });
        }

        foreach (var warning in warnings)
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = warning, ["wrap"] = true, ["color"] = "Warning", ["isSubtle"] = true });
        }

        var actions = new JsonArray();
        foreach (var slot in slots)
        {
            actions.Add(new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = AmsterdamTime.ToAmsterdam(slot.Start).ToString("ddd d MMM HH:mm", culture),
                ["data"] = new JsonObject
                {
                    ["verb"] = PickVerb,
                    ["kind"] = kind.ToString(),
                    ["everyWeeks"] = repeatEveryWeeks?.ToString(CultureInfo.InvariantCulture) ?? "",
                    // Round-trip format with offset: the pick carries its zone.
                    ["start"] = slot.Start.ToString("O", CultureInfo.InvariantCulture),
                    ["end"] = slot.End.ToString("O", CultureInfo.InvariantCulture),
                },
            });
        }

        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
            ["actions"] = actions,
        };
    }
}
