namespace Kvu.Bot.Meetings;

/// <summary>
/// Without Graph the meeting is offered as iCalendar text (RFC 5545) that the projectleider saves as .ics.
/// Teams does not open data: URLs from cards, so the text itself is shown (in a code block) rather than a link.
/// Times are written in UTC ("Z"), so no VTIMEZONE is needed and DST cannot shift them.
/// A later version of the same meeting keeps the UID and raises SEQUENCE (RFC 5546 §2.1.4): METHOD:REQUEST moves
/// it in the attendees' calendars, METHOD:CANCEL with STATUS:CANCELLED removes it.
/// </summary>
public static class IcsCalendar
{
    public static string Create(string uid, string subject, DateTimeOffset start, DateTimeOffset end, IReadOnlyList<Invitee> invitees, DateTimeOffset now) =>
        Create(uid, subject, start, end, invitees, now, sequence: 0, cancel: false);

    public static string Create(string uid, string subject, DateTimeOffset start, DateTimeOffset end, IReadOnlyList<Invitee> invitees, DateTimeOffset now, int sequence, bool cancel)
    {
        var ics = new StringBuilder()
            .Append("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kvu.Bot//Meetings//NL\r\n")
            .Append(cancel ? "METHOD:CANCEL\r\n" : "METHOD:REQUEST\r\n")
            .Append("BEGIN:VEVENT\r\n")
            .Append("UID:").Append(uid).Append("\r\n")
            .Append("SEQUENCE:").Append(sequence.ToString(CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("DTSTAMP:").Append(Utc(now)).Append("\r\n")
            .Append("DTSTART:").Append(Utc(start)).Append("\r\n")
            .Append("DTEND:").Append(Utc(end)).Append("\r\n")
            .Append("SUMMARY:").Append(Escape(subject)).Append("\r\n");
        if (cancel)
        {
            ics.Append("STATUS:CANCELLED\r\n");
        }

        foreach (var invitee in invitees.Where(i => i.Address is not null))
        {
            ics.Append("ATTENDEE;CN=").Append(Escape(invitee.DisplayName))
                .Append(";ROLE=").Append(invitee.Required ? "REQ-PARTICIPANT" : "OPT-PARTICIPANT")
                .Append(":mailto:").Append(invitee.Address).Append("\r\n");
        }

        return ics.Append("END:VEVENT\r\nEND:VCALENDAR\r\n").ToString();
    }

    private static string Utc(DateTimeOffset t) => t.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\n", "\\n");
}
