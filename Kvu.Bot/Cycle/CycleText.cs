namespace Kvu.Bot.Cycle;

/// <summary>The texts of the KVU cycle (Cycle/), from Cycle.resx (Dutch, the neutral language) and Cycle.en.resx.</summary>
public static class CycleText
{
    public static ResourceManager ResourceManager => CycleKeys.ResourceManager;

    public static WordBook<CycleWord> Words { get; } = new(ResourceManager);

    /// <summary>The words for each value of an enum the commands name (<c>Words_{Enum}_{Value}</c>): "politie" for the police figures.</summary>
    public static IReadOnlyList<(TEnum Value, Words Words)> Choices<TEnum>()
        where TEnum : struct, Enum => ChoiceCache<TEnum>.All;

    public static string Get(string key, CultureInfo culture) => ResourceManager.TextOrKey(key, culture);

    public static string Format(string key, CultureInfo culture, params object?[] args) =>
        ResourceManager.Format(key, culture, ReaderCulture.For(culture), args);

    private static class ChoiceCache<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly IReadOnlyList<(TEnum, Words)> All = ResourceManager.Choices<TEnum>();
    }
}
