namespace Kvu.Bot.Privacy;

/// <summary>
/// The texts of the AVG commands and endpoints (Privacy/), from Privacy.resx (Dutch, the neutral language) and
/// Privacy.en.resx.
/// </summary>
public static partial class PrivacyText
{
    public static WordBook<PrivacyWord> Words { get; } = new(ResourceManager);

    /// <summary>A missing key shows as the key itself rather than failing a turn; a test checks every key in both languages.</summary>
    public static string Get(string key, CultureInfo culture) => ResourceManager.TextOrKey(key, culture);

    public static string Format(string key, CultureInfo culture, params object?[] args) => ResourceManager.Format(key, culture, culture, args);

    /// <summary>Why <paramref name="key"/> is not one person in the scope (<paramref name="scope"/>: ScopeProjects or ScopeTenant): nobody, or several, listed.</summary>
    public static string NotOnePerson(PersonLookup lookup, string key, string scope, CultureInfo culture) => lookup.Ambiguous
        ? Format(AmbiguousPerson, culture, key, Get(scope, culture), string.Join("; ", lookup.Candidates.Select(c => $"{c.Name} ({c.Identifier})")))
        : Format(UnknownPerson, culture, key, Get(scope, culture));

    /// <summary>A retention period as people say it: whole years as years ("2 jaar"), otherwise days.</summary>
    public static string Duration(TimeSpan period, CultureInfo culture) =>
        period.TotalDays >= 365 && (int)period.TotalDays % 365 == 0
            ? Format(Years, culture, (int)period.TotalDays / 365)
            : Format(Days, culture, (int)Math.Ceiling(period.TotalDays));
}
