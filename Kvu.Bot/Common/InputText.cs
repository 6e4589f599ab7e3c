namespace Kvu.Bot.Common;

/// <summary>What the user is told about input the bot refuses, from Input.resx (Dutch) and Input.en.resx.</summary>
public static partial class InputText
{
    public static string Get(string key, CultureInfo culture) => ResourceManager.Text(key, culture);

    public static string Format(string key, CultureInfo culture, params object[] args) =>
        string.Format(culture, Get(key, culture), args);
}
