using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Meetings;

/// <summary>
/// Pure: a planned meeting as posted in the werkgroep channel (what, when, join link) with "Verzetten" and
/// "Annuleren" buttons, and the card on which the projectleider picks which planned meeting to change.
/// Action.Submit, like the proposal card: a click arrives as a message, so the same conversation handles it
/// whether it came from a button or from typed words.
/// </summary>
public static class MeetingCard
{
    /// <summary>Teams shows at most six buttons on a card; two per meeting on the choice card.</summary>
    public const int MaxChoices = 3;

    public static JsonObject Planned(string projectId, ScheduledMeeting meeting, string text, CultureInfo c)
    {
        var actions = new JsonArray();
        if (meeting.JoinUrl is { } join)
        {
            actions.Add(CardActions.OpenUrl(MeetingText.Get(MeetingText.SummaryJoin, c), join));
        }

        actions.Add(Button(MeetingText.Get(MeetingText.ButtonReschedule, c), MeetingVerbs.Reschedule, projectId, meeting));
        actions.Add(Button(MeetingText.Get(MeetingText.ButtonCancel, c), MeetingVerbs.Cancel, projectId, meeting));
        return AdaptiveCard.Create([CardElements.Text(text)], actions);
    }

    public static JsonObject Choose(string projectId, IReadOnlyList<ScheduledMeeting> meetings, MeetingChange change, CultureInfo c)
    {
        var title = MeetingText.Get(change == MeetingChange.Reschedule ? MeetingText.ChooseToReschedule : MeetingText.ChooseToCancel, c);
        var body = new JsonArray { CardElements.Text(title, weight: TextWeight.Bolder) };
        var actions = new JsonArray();
        foreach (var meeting in meetings.Take(MaxChoices))
        {
            var when = MeetingFormat.When(c, meeting.Start, meeting.End);
            body.Add(CardElements.Text($"{meeting.Subject}: {when}"));
            var label = DutchTime.Local(meeting.Start).ToString("ddd d MMM HH:mm", c);
            actions.Add(Button($"{MeetingText.Get(change == MeetingChange.Reschedule ? MeetingText.ButtonReschedule : MeetingText.ButtonCancel, c)}: {label}",
                change == MeetingChange.Reschedule ? MeetingVerbs.Reschedule : MeetingVerbs.Cancel, projectId, meeting));
        }

        return AdaptiveCard.Create(body, actions);
    }

    /// <summary>Under an .ics offered without Graph: the projectleider says they sent it from Outlook, and only then is it planned.</summary>
    public static JsonObject ConfirmSent(string projectId, ScheduledMeeting meeting, CultureInfo c) => AdaptiveCard.Create(
        [CardElements.Text(MeetingText.Format(MeetingText.ConfirmSentText, c, meeting.Subject, MeetingFormat.When(c, meeting.Start, meeting.End)))],
        [Button(MeetingText.Get(MeetingText.ButtonSent, c), MeetingVerbs.Sent, projectId, meeting)]);

    private static JsonObject Button(string title, string verb, string projectId, ScheduledMeeting meeting) => CardActions.Submit(title, new JsonObject
    {
        [CardVerb.Field] = verb,
        [MeetingVerbs.ProjectField] = projectId,
        [MeetingVerbs.EventField] = meeting.EventId,
    });
}
