namespace Kvu.Bot.Files;

/// <summary>The texts of file delivery (Files/), from Files.resx (Dutch, the neutral language) and Files.en.resx.</summary>
public static partial class FilesText
{
    public static string Get(string key, CultureInfo culture) => ResourceManager.TextOrKey(key, culture);

    public static string Format(string key, CultureInfo culture, params object?[] args) => ResourceManager.Format(key, culture, culture, args);
}
