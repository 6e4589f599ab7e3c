namespace Kvu.Bot.Common;

/// <summary>
/// The culture numbers, dates and day names are written in for a reader, resolved here only: a reader whose Teams
/// speaks English gets her own English (en-US, en-GB); everyone else Dutch (nl-NL), also when Teams reports a
/// neutral "nl" or a language the bot has no texts for. Documents a gemeente files are always Dutch.
/// </summary>
public static class ReaderCulture
{
    public static CultureInfo Dutch { get; } = CultureInfo.GetCultureInfo("nl-NL");

    public static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";

    public static CultureInfo For(CultureInfo culture) => IsEnglish(culture) ? culture : Dutch;
}
