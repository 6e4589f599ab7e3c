namespace Kvu.Bot.Meetings;

/// <summary>
/// The texts of meetings and of their sections in the progress report (Meetings/), from Meetings.resx (Dutch, the
/// neutral language) and Meetings.en.resx.
/// </summary>
public static partial class MeetingText
{
    /// <summary>The words people type for this feature's commands (the <c>Words_…</c> entries).</summary>
    public static WordBook<MeetingWord> Words { get; } = new(ResourceManager);

    /// <summary>A missing key shows as the key itself rather than failing a turn; a test checks every key in both languages.</summary>
    public static string Get(string key, CultureInfo culture) => ResourceManager.TextOrKey(key, culture);

    public static string Format(string key, CultureInfo culture, params object?[] args) => ResourceManager.Format(key, culture, culture, args);
}
