using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Meetings;

/// <summary>
/// The texts of meetings and of their sections in the progress report (Meetings/), from Meetings.resx (Dutch, the
/// neutral language) and Meetings.en.resx.
/// </summary>
public static class MeetingText
{
    public const string BaseName = "Kvu.Bot.Meetings.Meetings";

    public const string NoProject = nameof(NoProject);
    public const string NotAllowed = nameof(NotAllowed);
    public const string NoOrganizer = nameof(NoOrganizer);
    public const string GraphNotConfigured = nameof(GraphNotConfigured);
    public const string IcsFileName = nameof(IcsFileName);
    public const string IcsCancelFileName = nameof(IcsCancelFileName);
    public const string ConfirmSentText = nameof(ConfirmSentText);
    public const string ButtonSent = nameof(ButtonSent);
    public const string DutchTimeZone = nameof(DutchTimeZone);
    public const string GraphNotConfiguredCancel = nameof(GraphNotConfiguredCancel);
    public const string GraphNotConfiguredPick = nameof(GraphNotConfiguredPick);
    public const string Forbidden = nameof(Forbidden);
    public const string Throttled = nameof(Throttled);
    public const string Failed = nameof(Failed);
    public const string NoSlots = nameof(NoSlots);
    public const string ProposalsTitle = nameof(ProposalsTitle);
    public const string RescheduleTitle = nameof(RescheduleTitle);
    public const string AllFree = nameof(AllFree);
    public const string BusyList = nameof(BusyList);
    public const string Unreadable = nameof(Unreadable);
    public const string Subject_KickOff = nameof(Subject_KickOff);
    public const string Subject_WerkgroepOverleg = nameof(Subject_WerkgroepOverleg);
    public const string Scheduled = nameof(Scheduled);
    public const string JoinLink = nameof(JoinLink);
    public const string NotPostedInChannel = nameof(NotPostedInChannel);
    public const string When = nameof(When);
    public const string NoMeetings = nameof(NoMeetings);
    public const string ChooseToReschedule = nameof(ChooseToReschedule);
    public const string ChooseToCancel = nameof(ChooseToCancel);
    public const string ButtonReschedule = nameof(ButtonReschedule);
    public const string ButtonCancel = nameof(ButtonCancel);
    public const string MeetingGone = nameof(MeetingGone);
    public const string Rescheduled = nameof(Rescheduled);
    public const string Cancelled = nameof(Cancelled);
    public const string CancelComment = nameof(CancelComment);
    public const string IcsUpdated = nameof(IcsUpdated);
    public const string SummaryAfterMeeting = nameof(SummaryAfterMeeting);
    public const string SummaryNextMeeting = nameof(SummaryNextMeeting);
    public const string SummaryNoMeeting = nameof(SummaryNoMeeting);
    public const string SummaryJoin = nameof(SummaryJoin);
    public const string MeetingsHeading = nameof(MeetingsHeading);
    public const string MeetingHeld = nameof(MeetingHeld);
    public const string MeetingPlanned = nameof(MeetingPlanned);
    public const string NoMeetingPlanned = nameof(NoMeetingPlanned);

    public static ResourceManager ResourceManager { get; } = new(BaseName, typeof(MeetingText).Assembly);

    /// <summary>The words people type for this feature's commands (the <c>Words_…</c> entries).</summary>
    public static WordBook<MeetingWord> Words { get; } = new(ResourceManager);

    /// <summary>A missing key shows as the key itself rather than failing a turn; a test checks every key in both languages.</summary>
    public static string Get(string key, CultureInfo culture) => ResourceManager.GetString(key, culture) ?? key;

    public static string Format(string key, CultureInfo culture, params object[] args) => string.Format(culture, Get(key, culture), args);

    public static IReadOnlyList<string> Keys { get; } = [.. typeof(MeetingText).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).Where(k => k != BaseName)];
}
