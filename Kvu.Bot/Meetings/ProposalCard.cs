using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Meetings;

/// <summary>
/// Pure: proposals → an Adaptive Card with one Action.Submit per slot, either for a new
/// meeting (Pick) or for moving a planned one (Move, carrying the project and event id).
/// </summary>
public static class ProposalCard
{
    /// <summary>The project travels with the card, so a pick after switching projects still plans for the right werkgroep.</summary>
    public static JsonObject Build(MeetingKind kind, int? repeatEveryWeeks, IReadOnlyList<SlotProposal> slots, IReadOnlyList<string> warnings, CultureInfo culture, string? projectId = null) =>
        Build(MeetingText.Get(MeetingText.ProposalsTitle, culture), slots, warnings, culture, () => new JsonObject
        {
            [CardVerb.Field] = MeetingVerbs.Pick,
            [MeetingVerbs.ProjectField] = projectId,
            ["kind"] = kind.ToString(),
            ["everyWeeks"] = repeatEveryWeeks?.ToString(CultureInfo.InvariantCulture) ?? "",
        });

    public static JsonObject BuildMove(string projectId, ScheduledMeeting meeting, IReadOnlyList<SlotProposal> slots, IReadOnlyList<string> warnings, CultureInfo culture) =>
        Build(MeetingText.Format(MeetingText.RescheduleTitle, culture, meeting.Subject), slots, warnings, culture, () => new JsonObject
        {
            [CardVerb.Field] = MeetingVerbs.Move,
            [MeetingVerbs.ProjectField] = projectId,
            [MeetingVerbs.EventField] = meeting.EventId,
        });

    private static JsonObject Build(string title, IReadOnlyList<SlotProposal> slots, IReadOnlyList<string> warnings, CultureInfo culture, Func<JsonObject> data)
    {
        var body = new JsonArray
        {
            CardElements.Text(title, weight: TextWeight.Bolder, size: TextSize.Medium),
        };
        foreach (var slot in slots)
        {
            body.Add(CardElements.Text(MeetingFormat.When(culture, slot.Start, slot.End) + " — "
                + (slot.Busy.Count == 0 ? MeetingText.Get(MeetingText.AllFree, culture) : MeetingText.Format(MeetingText.BusyList, culture, string.Join(", ", slot.Busy)))));
        }

        foreach (var warning in warnings)
        {
            body.Add(CardElements.Text(warning, subtle: true, color: TextColor.Warning));
        }

        var actions = new JsonArray();
        foreach (var slot in slots)
        {
            var fields = data();
            // Round-trip format with offset: the pick carries its zone.
            fields["start"] = slot.Start.ToString("O", CultureInfo.InvariantCulture);
            fields["end"] = slot.End.ToString("O", CultureInfo.InvariantCulture);
            actions.Add(CardActions.Submit(DutchTime.Local(slot.Start).ToString("ddd d MMM HH:mm", culture), fields));
        }

        return AdaptiveCard.Create(body, actions);
    }
}
