namespace Kvu.Bot.Meetings;

/// <summary>
/// Meeting texts that need more than a lookup: times on the Dutch clock ("Nederlandse tijd", whatever the season), the subject per kind, the
/// message for a failed Graph call. The words themselves live in Meetings/Meetings.resx.
/// </summary>
public static class MeetingFormat
{
    public static string When(CultureInfo c, DateTimeOffset start, DateTimeOffset end)
    {
        var s = DutchTime.Local(start);
        var e = DutchTime.Local(end);
        var culture = ReaderCulture.IsEnglish(c) ? CultureInfo.GetCultureInfo("en-GB") : ReaderCulture.Dutch;
        return MeetingText.Format(MeetingText.When, c,
            s.ToString("dddd d MMMM yyyy HH:mm", culture), e.ToString("HH:mm", culture), MeetingText.Get(MeetingText.DutchTimeZone, c));
    }

    public static string Subject(CultureInfo c, MeetingKind kind, string gemeente) =>
        MeetingText.Format(kind == MeetingKind.KickOff ? MeetingText.Subject_KickOff : MeetingText.Subject_WerkgroepOverleg, c, gemeente);

    public static string Scheduled(CultureInfo c, string subject, string when, string? joinUrl) =>
        MeetingText.Format(MeetingText.Scheduled, c, subject, when) + (joinUrl is null ? "" : MeetingText.Format(MeetingText.JoinLink, c, joinUrl));

    public static string Failure(CultureInfo c, GraphFailure failure, string? permission, string? detail) => failure switch
    {
        GraphFailure.Forbidden => MeetingText.Format(MeetingText.Forbidden, c, permission ?? GraphCalendar.WriteEventsPermission),
        GraphFailure.Throttled => MeetingText.Get(MeetingText.Throttled, c),
        _ => MeetingText.Format(MeetingText.Failed, c, detail ?? string.Empty),
    };
}
