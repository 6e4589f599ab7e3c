namespace Kvu.Bot.Files;

/// <summary>The texts of file delivery (Files/), from Files.resx (Dutch, the neutral language) and Files.en.resx.</summary>
public static class FilesText
{
    public const string BaseName = "Kvu.Bot.Files.Files";

    public const string Offered = nameof(Offered);
    public const string Delivered = nameof(Delivered);
    public const string Saved = nameof(Saved);
    public const string Declined = nameof(Declined);
    public const string Expired = nameof(Expired);
    public const string UploadFailed = nameof(UploadFailed);
    public const string TooLarge = nameof(TooLarge);
    public const string PersonalChatOnly = nameof(PersonalChatOnly);

    public static ResourceManager ResourceManager { get; } = new(BaseName, typeof(FilesText).Assembly);

    public static string Get(string key, CultureInfo culture) => ResourceManager.GetString(key, culture) ?? key;

    public static string Format(string key, CultureInfo culture, params object?[] args) => string.Format(culture, Get(key, culture), args);
}
