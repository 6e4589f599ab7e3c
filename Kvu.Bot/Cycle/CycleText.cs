using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Cycle;

/// <summary>The texts of the KVU cycle (Cycle/), from Cycle.resx (Dutch, the neutral language) and Cycle.en.resx.</summary>
public static class CycleText
{
    public static ResourceManager ResourceManager => CycleKeys.ResourceManager;

    public static WordBook<CycleWord> Words { get; } = new(ResourceManager);

    /// <summary>The words for each value of an enum the commands name (<c>Words_{Enum}_{Value}</c>): "politie" for the police figures.</summary>
    public static IReadOnlyList<(TEnum Value, Words Words)> Choices<TEnum>()
        where TEnum : struct, Enum => ChoiceCache<TEnum>.All;

    public static string Get(string key, CultureInfo culture) => ResourceManager.GetString(key, culture) ?? key;

    public static string Format(string key, CultureInfo culture, params object?[] args) =>
        string.Format(ReaderCulture.For(culture), Get(key, culture), args);

    private static class ChoiceCache<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly IReadOnlyList<(TEnum, Words)> All =
            [.. Enum.GetValues<TEnum>().Select(v => (v, new Words(ResourceManager, $"Words_{typeof(TEnum).Name}_{v}")))];
    }
}
