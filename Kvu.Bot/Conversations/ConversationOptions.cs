namespace Kvu.Bot.Conversations;

public sealed class ConversationOptions
{
    public const string SectionName = "Conversations";

    /// <summary>
    /// When set (e.g. "nl-NL"), every activity is treated as coming from a Teams client in this locale. The Agents
    /// Playground always sends "en-US", so local runs set Dutch here; in Teams leave it empty and each user gets
    /// their own client's language.
    /// </summary>
    public string? Locale { get; set; }
}
