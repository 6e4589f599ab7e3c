namespace Kvu.Bot.Common;

/// <summary>What the user is told about input the bot refuses, from Input.resx (Dutch) and Input.en.resx.</summary>
public static class InputText
{
    public const string TooLong = nameof(TooLong);
    public const string TooMany = nameof(TooMany);
    public const string ItemTooLong = nameof(ItemTooLong);
    public const string Field_Message = nameof(Field_Message);
    public const string CardUnreadable = nameof(CardUnreadable);

    private static readonly ResourceManager Resources = new("Kvu.Bot.Common.Input", typeof(InputText).Assembly);

    public static string Get(string key, CultureInfo culture) =>
        Resources.GetString(key, culture) ?? throw new KeyNotFoundException($"No text '{key}' in Common/Input.resx.");

    public static string Format(string key, CultureInfo culture, params object[] args) =>
        string.Format(culture, Get(key, culture), args);
}
