namespace Kvu.Bot.Formation.Cards;

/// <summary>
/// The texts of the werkgroep cards (Formation/Cards), from Cards.resx (Dutch, the neutral language) and
/// Cards.en.resx. Kept apart from Texts.resx so card work and conversation work do not edit the same files.
/// </summary>
public static partial class CardText
{
    public static string Get(string key, CultureInfo culture) => ResourceManager.Text(key, culture);

    public static string Format(string key, CultureInfo culture, params object[] args) =>
        string.Format(culture, Get(key, culture), args);

    /// <summary>The label of an edit section (FormationCommands.Sections), e.g. "secretaris" → "Projectsecretaris".</summary>
    public static string Section(string section, CultureInfo culture) => Get($"Section_{section}", culture);

    /// <summary>A success factor in a few words, for the overview; FormationText.Name gives the KVU text's full sentence.</summary>
    public static string FactorShort(SuccessFactor factor, CultureInfo culture) => Get($"FactorShort_{factor}", culture);
}
