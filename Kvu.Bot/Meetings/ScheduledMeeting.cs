namespace Kvu.Bot.Meetings;

// A meeting the bot created in the organiser's calendar; EventId is the Graph event id used to reschedule/cancel.
public sealed record ScheduledMeeting(
    string EventId,
    string OrganizerId,
    string Subject,
    DateTimeOffset Start,
    DateTimeOffset End,
    string? JoinUrl);
