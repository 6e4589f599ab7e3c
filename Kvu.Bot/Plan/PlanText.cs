namespace Kvu.Bot.Plan;

/// <summary>The texts of the plan van aanpak (Plan/), from Plan.resx (Dutch, the neutral language) and Plan.en.resx.</summary>
public static class PlanText
{
    public static ResourceManager ResourceManager => PlanKeys.ResourceManager;

    public static WordBook<PlanWord> Words { get; } = new(ResourceManager);

    /// <summary>The words that name each part of a typed measure ("partij", "eigenaar", ...).</summary>
    public static IReadOnlyList<(MeasureField Field, Words Words)> FieldWords { get; } = ResourceManager.Choices<MeasureField>();

    /// <summary>The words of each signing state ("akkoord in principe", "getekend").</summary>
    public static IReadOnlyList<(Formation.SigningState State, Words Words)> StateWords { get; } = ResourceManager.Choices<Formation.SigningState>();

    public static string Get(string key, CultureInfo culture) => ResourceManager.TextOrKey(key, culture);

    public static string Format(string key, CultureInfo culture, params object?[] args) =>
        ResourceManager.Format(key, culture, ReaderCulture.For(culture), args);

    /// <summary>The label of a part of a measure on the card, also named in its problems.</summary>
    public static string Label(MeasureField field, CultureInfo culture) => Get($"Label_MeasureField_{field}", culture);

    public static string Placeholder(MeasureField field, CultureInfo culture) => Get($"Placeholder_MeasureField_{field}", culture);
}
