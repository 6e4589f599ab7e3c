using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Kvu.Bot.Meetings;

/// <summary>
/// Without Graph the meeting is offered as an iCalendar file (RFC 5545) that the projectleider opens in Outlook and
/// sends. Written with Ical.Net, which escapes text, quotes names with commas or accents and folds long lines as
/// Outlook expects. The projectleider is the ORGANIZER: Outlook sends the invitation from their calendar. Times are
/// written in UTC ("Z"), so no VTIMEZONE is needed and summer time cannot shift them; Outlook shows them in the
/// reader's own zone. A later version of the same meeting keeps the UID and raises SEQUENCE (RFC 5546 §2.1.4):
/// METHOD:REQUEST moves it in the attendees' calendars, METHOD:CANCEL with STATUS:CANCELLED removes it.
/// </summary>
public static class IcsCalendar
{
    public const string ContentType = "text/calendar";

    public static string Create(string uid, string subject, DateTimeOffset start, DateTimeOffset end, Invitee? organizer, IReadOnlyList<Invitee> invitees, DateTimeOffset now, int sequence = 0, bool cancel = false)
    {
        ArgumentNullException.ThrowIfNull(invitees);
        var meeting = new CalendarEvent
        {
            Uid = uid,
            Sequence = sequence,
            DtStamp = Utc(now),
            DtStart = Utc(start),
            DtEnd = Utc(end),
            Summary = subject,
            Status = cancel ? "CANCELLED" : "CONFIRMED",
        };
        if (organizer?.Address is { } from)
        {
            meeting.Organizer = new Organizer($"mailto:{from}") { CommonName = organizer.DisplayName };
        }

        foreach (var invitee in invitees.Where(i => i.Address is not null))
        {
            meeting.Attendees.Add(new Attendee($"mailto:{invitee.Address}")
            {
                CommonName = invitee.DisplayName,
                Role = invitee.Required ? "REQ-PARTICIPANT" : "OPT-PARTICIPANT",
                ParticipationStatus = "NEEDS-ACTION",
                Rsvp = !cancel,
            });
        }

        var calendar = new Ical.Net.Calendar { ProductId = "-//Kvu.Bot//Meetings//NL", Method = cancel ? "CANCEL" : "REQUEST" };
        calendar.Events.Add(meeting);
        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    /// <summary>The file as Outlook opens it: UTF-8 without a byte-order mark.</summary>
    public static byte[] Bytes(string ics) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(ics);

    private static CalDateTime Utc(DateTimeOffset t) => new(t.UtcDateTime, "UTC", hasTime: true);
}
