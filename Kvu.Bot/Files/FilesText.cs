namespace Kvu.Bot.Files;

/// <summary>The texts of file delivery (Files/), from Files.resx (Dutch, the neutral language) and Files.en.resx.</summary>
public static partial class FilesText
{
    public const string BaseName = "Kvu.Bot.Files.Files";

    public static string Get(string key, CultureInfo culture) => ResourceManager.GetString(key, culture) ?? key;

    public static string Format(string key, CultureInfo culture, params object?[] args) => string.Format(culture, Get(key, culture), args);
}
