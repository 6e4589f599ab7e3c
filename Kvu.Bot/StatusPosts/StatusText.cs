using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.StatusPosts;

/// <summary>
/// The texts of the progress report (the weekly status post, "samenvatting", the summary after a meeting) and of the
/// "weekstatus" command (StatusPosts/), from StatusPosts.resx (Dutch, the neutral language) and StatusPosts.en.resx;
/// {0} placeholders as in string.Format.
/// </summary>
public static class StatusText
{
    public const string BaseName = "Kvu.Bot.StatusPosts.StatusPosts";

    public const string Title = nameof(Title);
    public const string Subtitle = nameof(Subtitle);
    public const string ChangesHeading = nameof(ChangesHeading);
    public const string NoChanges = nameof(NoChanges);
    public const string Joined = nameof(Joined);
    public const string Declined = nameof(Declined);
    public const string Added = nameof(Added);
    public const string Removed = nameof(Removed);
    public const string MandateConfirmed = nameof(MandateConfirmed);
    public const string SubstituteSet = nameof(SubstituteSet);
    public const string TaskDone = nameof(TaskDone);
    public const string FactorMet = nameof(FactorMet);
    public const string PhaseChanged = nameof(PhaseChanged);
    public const string OtherChanges = nameof(OtherChanges);
    public const string OpenHeading = nameof(OpenHeading);
    public const string NothingOpen = nameof(NothingOpen);
    public const string AwaitingReply = nameof(AwaitingReply);
    public const string MorePoints = nameof(MorePoints);
    public const string FactorsHeading = nameof(FactorsHeading);
    public const string FactorsStillOpen = nameof(FactorsStillOpen);
    public const string ButtonOverview = nameof(ButtonOverview);
    public const string ButtonFactors = nameof(ButtonFactors);
    public const string ButtonTasks = nameof(ButtonTasks);
    public const string ButtonSchedule = nameof(ButtonSchedule);
    public const string ScheduleShown = nameof(ScheduleShown);
    public const string ScheduleNoChannel = nameof(ScheduleNoChannel);
    public const string SchedulePaused = nameof(SchedulePaused);
    public const string ScheduleSet = nameof(ScheduleSet);
    public const string ScheduleHelp = nameof(ScheduleHelp);
    public const string ScheduleOnlyProjectleider = nameof(ScheduleOnlyProjectleider);
    public const string ScheduleNoProject = nameof(ScheduleNoProject);
    public const string ChannelGone = nameof(ChannelGone);
    public const string ChannelGoneNotice = nameof(ChannelGoneNotice);
    public const string AwaitingApproval = nameof(AwaitingApproval);
    public const string OverdueApproval = nameof(OverdueApproval);
    public const string OverdueInvitation = nameof(OverdueInvitation);
    public const string SummaryTitle = nameof(SummaryTitle);
    public const string CompositionHeading = nameof(CompositionHeading);
    public const string DecisionsHeading = nameof(DecisionsHeading);
    public const string StillToRespond = nameof(StillToRespond);
    public const string AllResponded = nameof(AllResponded);
    public const string NoDecisions = nameof(NoDecisions);
    public const string TasksHeading = nameof(TasksHeading);
    public const string SummaryNoProject = nameof(SummaryNoProject);
    public const string SummaryNotPosted = nameof(SummaryNotPosted);
    public const string SummaryPostedByBotInstead = nameof(SummaryPostedByBotInstead);

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static ResourceManager ResourceManager { get; } = new(BaseName, typeof(StatusText).Assembly);

    /// <summary>The words people type for this feature's commands (the <c>Words_…</c> entries).</summary>
    public static WordBook<StatusWord> Words { get; } = new(ResourceManager);

    public static IReadOnlyList<string> Keys { get; } = [.. typeof(StatusText).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).Where(k => k != BaseName)];

    /// <summary>A missing key shows as the key itself rather than failing a post; a test checks every key in both languages.</summary>
    public static string Get(string key, CultureInfo culture) => ResourceManager.GetString(key, culture) ?? key;

    public static string Format(string key, CultureInfo culture, params object[] args) =>
        string.Format(FormatCulture(culture), Get(key, culture), args);

    /// <summary>Dates and day names follow the text's language: English as asked, Dutch otherwise.</summary>
    public static CultureInfo FormatCulture(CultureInfo culture) => IsEnglish(culture) ? culture : Dutch;

    public static string DayName(DayOfWeek day, CultureInfo culture) => FormatCulture(culture).DateTimeFormat.GetDayName(day);

    /// <summary>An instant as the projectleider reads it: Amsterdam wall-clock time, e.g. "maandag 2 maart 09:00".</summary>
    public static string Moment(DateTimeOffset at, CultureInfo culture) =>
        DutchTime.Local(at).ToString("dddd d MMMM HH:mm", FormatCulture(culture));

    private static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";
}
