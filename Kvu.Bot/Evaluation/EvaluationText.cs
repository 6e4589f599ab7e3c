namespace Kvu.Bot.Evaluation;

/// <summary>The texts of the Evaluatie (Evaluation/), from Evaluation.resx (Dutch, the neutral language) and Evaluation.en.resx.</summary>
public static class EvaluationText
{
    public static ResourceManager ResourceManager => EvaluationKeys.ResourceManager;

    public static WordBook<EvaluationWord> Words { get; } = new(ResourceManager);

    public static string Get(string key, CultureInfo culture) => ResourceManager.TextOrKey(key, culture);

    public static string Format(string key, CultureInfo culture, params object?[] args) =>
        ResourceManager.Format(key, culture, ReaderCulture.For(culture), args);

    /// <summary>An enum value as users read it: <c>{Enum}_{Value}</c>, "GoalVerdict_Reached" → "Bereikt".</summary>
    public static string Name<TEnum>(TEnum value, CultureInfo culture)
        where TEnum : struct, Enum => Get($"{typeof(TEnum).Name}_{value}", culture);

    /// <summary>A number as the werkgroep writes it: "3,8" in Dutch, without trailing zeros.</summary>
    public static string Number(decimal value, CultureInfo culture) =>
        value.ToString("0.##########", ReaderCulture.For(culture));

    public static string Date(DateOnly date, CultureInfo culture) => Formation.Cards.CardParts.Date(date, culture);
}
