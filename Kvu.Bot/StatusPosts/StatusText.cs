using System.Globalization;

namespace Kvu.Bot.StatusPosts;

/// <summary>
/// Every sentence of the weekly status and its command, Dutch and English. Kept beside the feature (rather than
/// in the shared .resx files) so parallel features do not collide; {0} placeholders as in string.Format.
/// </summary>
public static class StatusText
{
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

    private static readonly Dictionary<string, (string Nl, string En)> Texts = new()
    {
        [Title] = ("Weekstatus {0} – {1}", "Weekly status {0} – {1}"),
        [Subtitle] = ("Week {0} · fase: {1}", "Week {0} · phase: {1}"),
        [ChangesHeading] = ("Sinds vorige week", "Since last week"),
        [NoChanges] = ("Geen wijzigingen.", "No changes."),
        [Joined] = ("{0} ({1}) doet mee", "{0} ({1}) joined"),
        [Declined] = ("{0} ({1}) heeft afgezegd", "{0} ({1}) declined"),
        [Added] = ("{0} voorgesteld als {1}", "{0} proposed as {1}"),
        [Removed] = ("{0} uit de werkgroep", "{0} left the werkgroep"),
        [MandateConfirmed] = ("mandaat van {0} vastgelegd", "mandate of {0} recorded"),
        [SubstituteSet] = ("plaatsvervanger van {0}: {1}", "substitute for {0}: {1}"),
        [TaskDone] = ("taak klaar: {0}", "task done: {0}"),
        [FactorMet] = ("succesfactor behaald: {0}", "success factor met: {0}"),
        [PhaseChanged] = ("nieuwe fase: {0}", "new phase: {0}"),
        [OtherChanges] = ("en {0} andere wijziging(en)", "and {0} other change(s)"),
        [OpenHeading] = ("Open punten", "Open points"),
        [NothingOpen] = ("Geen open punten.", "No open points."),
        [AwaitingReply] = ("wacht op antwoord: {0}", "awaiting reply: {0}"),
        [MorePoints] = ("en nog {0} punt(en): typ status", "and {0} more: type status"),
        [FactorsHeading] = ("Succesfactoren: {0} van {1} behaald", "Success factors: {0} of {1} met"),
        [FactorsStillOpen] = ("nog open: {0}", "still open: {0}"),
        [ButtonOverview] = ("Overzicht", "Overview"),
        [ButtonFactors] = ("Succesfactoren", "Success factors"),
        [ButtonTasks] = ("Taken", "Tasks"),
        [ButtonSchedule] = ("Weekstatus instellen", "Weekly status settings"),
        [ScheduleShown] = ("De weekstatus van {0} – {1} komt elke {2} om {3} in kanaal {4}. Volgende: {5}.\nWijzigen: `weekstatus dinsdag 8:30`; stoppen: `weekstatus pauze`.",
            "The weekly status of {0} – {1} is posted every {2} at {3} in channel {4}. Next: {5}.\nChange: `weekstatus tuesday 8:30`; stop: `weekstatus pause`."),
        [ScheduleNoChannel] = ("{0} – {1} heeft nog geen kanaal. Typ `@Kvu.Bot koppel` in het kanaal van de werkgroep; daarna komt de weekstatus elke {2} om {3}.",
            "{0} – {1} has no channel yet. Type `@Kvu.Bot koppel` in the werkgroep's channel; the weekly status then comes every {2} at {3}."),
        [SchedulePaused] = ("De weekstatus van {0} – {1} staat op pauze. Weer aanzetten: `weekstatus aan`.",
            "The weekly status of {0} – {1} is paused. Turn it on again: `weekstatus on`."),
        [ScheduleSet] = ("Afgesproken: de weekstatus komt elke {0} om {1}. Volgende: {2}.", "Done: the weekly status comes every {0} at {1}. Next: {2}."),
        [ScheduleHelp] = ("Dat begrijp ik niet. Bijvoorbeeld: `weekstatus`, `weekstatus dinsdag 8:30`, `weekstatus pauze`, `weekstatus aan`.",
            "I don't understand. For example: `weekstatus`, `weekstatus tuesday 8:30`, `weekstatus pause`, `weekstatus on`."),
        [ScheduleOnlyProjectleider] = ("Alleen de projectleider kan de weekstatus instellen.", "Only the projectleider can change the weekly status."),
        [ScheduleNoProject] = ("Je hebt nog geen project. Typ `start` om te beginnen.", "You have no project yet. Type `start` to begin."),
        [ChannelGone] = ("⚠ Ik kan niet meer in kanaal {0} posten (de bot is uit het team of kanaal verwijderd, sinds {1}). Voeg de bot opnieuw toe en typ daar `@Kvu.Bot koppel`.",
            "⚠ I can no longer post in channel {0} (the bot was removed from the team or channel, since {1}). Add the bot again and type `@Kvu.Bot koppel` there."),
        [ChannelGoneNotice] = ("De weekstatus van {0} – {1} kon niet worden geplaatst: de bot is uit kanaal {2} verwijderd. Voeg de bot opnieuw toe aan het team en typ in het kanaal `@Kvu.Bot koppel`.",
            "The weekly status of {0} – {1} could not be posted: the bot was removed from channel {2}. Add the bot to the team again and type `@Kvu.Bot koppel` in the channel."),
    };

    public static string Get(string key, CultureInfo culture) =>
        IsEnglish(culture) ? Texts[key].En : Texts[key].Nl;

    public static string Format(string key, CultureInfo culture, params object[] args) =>
        string.Format(FormatCulture(culture), Get(key, culture), args);

    public static CultureInfo FormatCulture(CultureInfo culture) => IsEnglish(culture) ? culture : CultureInfo.GetCultureInfo("nl-NL");

    public static string DayName(DayOfWeek day, CultureInfo culture) => FormatCulture(culture).DateTimeFormat.GetDayName(day);

    public static string Moment(DateTimeOffset at, CultureInfo culture)
    {
        var local = WeeklyClock.Local(at);
        return local.ToString(IsEnglish(culture) ? "dddd d MMMM HH:mm" : "dddd d MMMM HH:mm", FormatCulture(culture));
    }

    private static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";
}
