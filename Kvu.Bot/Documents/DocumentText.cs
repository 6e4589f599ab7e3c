using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Documents;

/// <summary>What the bot says about documents in the chat, from Documents.resx (Dutch) and Documents.en.resx.</summary>
public static class DocumentText
{
    public const string BaseName = "Kvu.Bot.Documents.Documents";

    public static ResourceManager ResourceManager { get; } = new(BaseName, typeof(DocumentText).Assembly);

    public static WordBook<DocumentWord> Words { get; } = new(ResourceManager);

    /// <summary>The words for each kind of document (Words_DocumentKind_{value}).</summary>
    public static IReadOnlyList<(DocumentKind Kind, Words Words)> Kinds { get; } =
        [.. Enum.GetValues<DocumentKind>().Select(k => (k, new Words(ResourceManager, $"Words_DocumentKind_{k}")))];

    public static string Get(string key, CultureInfo culture) => ResourceManager.GetString(key, culture) ?? key;

    public static string Format(string key, CultureInfo culture, params object?[] args) =>
        string.Format(ReaderCulture.For(culture), Get(key, culture), args);

    public static string Name(DocumentKind kind, CultureInfo culture) => Get($"Kind_{kind}", culture);
}
