using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Formation.Cards;

/// <summary>
/// What the werkgroep cards share beyond the card kit (Common/Cards): the data of their buttons (a formation
/// command), the checklists' frame and dates as the werkgroep reads them.
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

    /// <summary>
    /// The frame of the werkgroep's two checklists (the projectleider's tasks, the success factors): the title, the
    /// project, how far the list is, its numbered rows, and the buttons to the overview and to the other checklist.
    /// </summary>
    public static JsonObject Checklist(KvuProject project, string title, string progress, IEnumerable<JsonObject> rows, (string Title, string Verb) other, CultureInfo culture)
    {
        var body = new JsonArray
        {
            Title(title),
            Text(CardText.Format(CardText.OverviewTitle, culture, project.Gemeente, project.Uitgaansgebied), subtle: true, spacing: Spacing.None),
            Text(progress),
        };
        foreach (var row in rows)
        {
            body.Add(row);
        }

        return AdaptiveCard.Create(body, new JsonArray
        {
            Submit(CardText.Get(CardText.ButtonOverview, culture), Data(FormationCommands.Status)),
            Submit(other.Title, Data(other.Verb)),
        });
    }

    public static string Date(DateOnly date, CultureInfo culture) =>
        date.ToString("d MMMM yyyy", ReaderCulture.For(culture));

    /// <summary>Moments are stored with an offset; the users are in the Netherlands, so show the Dutch calendar date.</summary>
    public static string Date(DateTimeOffset at, CultureInfo culture) =>
        Date(DutchTime.Date(at), culture);
}
