using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Formation.Cards;

/// <summary>
/// What the werkgroep cards share beyond the card kit (Common/Cards): the data of their buttons (a formation
/// command) and dates as the werkgroep reads them.
/// </summary>
internal static class CardParts
{
    /// <summary>A button's data: a formation verb (<see cref="FormationCommands"/>, under CardVerb.Field) and its fields.</summary>
    public static JsonObject Data(string verb, params (string Field, string Value)[] fields)
    {
        var data = CardVerb.With([], verb);
        foreach (var (field, value) in fields)
        {
            data[field] = value;
        }

        return data;
    }

    public static string Date(DateOnly date, CultureInfo culture) =>
        date.ToString("d MMMM yyyy", ReaderCulture.For(culture));

    /// <summary>Moments are stored with an offset; the users are in the Netherlands, so show the Dutch calendar date.</summary>
    public static string Date(DateTimeOffset at, CultureInfo culture) =>
        Date(DutchTime.Date(at), culture);
}
