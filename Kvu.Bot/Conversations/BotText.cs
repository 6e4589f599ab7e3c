namespace Kvu.Bot.Conversations;

/// <summary>
/// Every sentence a user reads comes from Texts.resx (Dutch, the default) or Texts.en.resx (English, when the
/// user's Teams locale is English). Keys are the names in <see cref="ConversationText"/>.
/// </summary>
public static class BotText
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static ResourceManager Resources { get; } = new("Kvu.Bot.Conversations.Texts", typeof(BotText).Assembly);

    /// <summary>The words every conversation understands when typed (the <c>Words_…</c> entries).</summary>
    public static WordBook<ConversationWord> Words { get; } = new(Resources);

    /// <summary>Teams sends the client's locale ("en-US", "nl-NL", ...); everything that is not English gets Dutch.</summary>
    public static CultureInfo CultureFor(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : ReaderCulture.Dutch;

    public static string Get(string key, CultureInfo culture) => Resources.Text(key, culture);

    public static string Format(string key, CultureInfo culture, params object[] args) =>
        string.Format(culture, Get(key, culture), args);
}
