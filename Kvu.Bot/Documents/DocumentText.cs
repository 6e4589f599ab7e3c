namespace Kvu.Bot.Documents;

/// <summary>What the bot says about documents in the chat, from Documents.resx (Dutch) and Documents.en.resx.</summary>
public static class DocumentText
{
    public static ResourceManager ResourceManager { get; } = new("Kvu.Bot.Documents.Documents", typeof(DocumentText).Assembly);

    public static WordBook<DocumentWord> Words { get; } = new(ResourceManager);

    /// <summary>The words for each kind of document (Words_DocumentKind_{value}).</summary>
    public static IReadOnlyList<(DocumentKind Kind, Words Words)> Kinds { get; } = ResourceManager.Choices<DocumentKind>();

    public static string Get(string key, CultureInfo culture) => ResourceManager.TextOrKey(key, culture);

    public static string Format(string key, CultureInfo culture, params object?[] args) =>
        ResourceManager.Format(key, culture, ReaderCulture.For(culture), args);

    public static string Name(DocumentKind kind, CultureInfo culture) => Get($"Kind_{kind}", culture);
}
