namespace Kvu.Bot.StatusPosts;

/// <summary>
/// The texts of the progress report (the weekly status post, "samenvatting", the summary after a meeting) and of the
/// "weekstatus" command (StatusPosts/), from StatusPosts.resx (Dutch, the neutral language) and StatusPosts.en.resx;
/// {0} placeholders as in string.Format.
/// </summary>
public static partial class StatusText
{
    /// <summary>The words people type for this feature's commands (the <c>Words_…</c> entries).</summary>
    public static WordBook<StatusWord> Words { get; } = new(ResourceManager);

    /// <summary>A missing key shows as the key itself rather than failing a post; a test checks every key in both languages.</summary>
    public static string Get(string key, CultureInfo culture) => ResourceManager.TextOrKey(key, culture);

    public static string Format(string key, CultureInfo culture, params object?[] args) =>
        ResourceManager.Format(key, culture, ReaderCulture.For(culture), args);

    public static string DayName(DayOfWeek day, CultureInfo culture) => ReaderCulture.For(culture).DateTimeFormat.GetDayName(day);

    /// <summary>An instant as the projectleider reads it: Amsterdam wall-clock time, e.g. "maandag 2 maart 09:00".</summary>
    public static string Moment(DateTimeOffset at, CultureInfo culture) =>
        DutchTime.Local(at).ToString("dddd d MMMM HH:mm", ReaderCulture.For(culture));
}
