using System.Text.Json.Nodes;

namespace Kvu.Bot.Tests.Infrastructure;

/// <summary>
/// One user's chat with the bot through the real endpoint, used as a person would: type a message, click a
/// button on the last card, or fill in the card's fields and click. Returns what the bot sent back.
/// </summary>
public sealed class TeamsChat(KvuBotApplication bot, FakeBotConnector connector, string conversationId, string locale = "nl-NL", TeamsActivity.User? user = null)
{
    private readonly TeamsActivity _teams = new(connector.ServiceUrl);
    private readonly TeamsActivity.User _user = user ?? TeamsActivity.User.Projectleider;

    public string ConversationId => conversationId;

    public TeamsActivity.User User => _user;

    /// <summary>Everything the bot said in this chat after the last action.</summary>
    public IReadOnlyList<SentActivity> Last { get; private set; } = [];

    public string LastText => string.Join("\n", Last.Select(a => a.VisibleText));

    public JsonObject? LastCard => Last.SelectMany(a => a.Cards).LastOrDefault();

    public Task<IReadOnlyList<SentActivity>> SayAsync(string text) =>
        SendAsync(_teams.PersonalMessage(conversationId, text, locale, _user));

    /// <summary>
    /// Clicks the button titled <paramref name="title"/> on the last card, with its inputs filled as given. Teams says
    /// which message the card was in (<paramref name="replyToId"/>) so the bot can update that card.
    /// </summary>
    public Task<IReadOnlyList<SentActivity>> ClickAsync(string title, IReadOnlyDictionary<string, string>? fields = null, string? replyToId = null)
    {
        var card = LastCard ?? throw new InvalidOperationException($"The bot sent no card to click on. It said: {LastText}");
        var action = Actions(card).FirstOrDefault(a => a["title"]?.GetValue<string>() == title)
            ?? throw new InvalidOperationException($"No button '{title}' on the card. Buttons: {string.Join(", ", Actions(card).Select(a => a["title"]))}");
        var data = action["data"]?.DeepClone() as JsonObject ?? [];
        foreach (var input in Inputs(card))
        {
            var id = input["id"]!.GetValue<string>();
            if (fields is not null && fields.TryGetValue(id, out var value))
            {
                data[id] = value;
            }
            else if (input["value"] is JsonNode prefilled && action["associatedInputs"]?.GetValue<string>() != "none")
            {
                data[id] = prefilled.DeepClone();
            }
        }

        var submit = _teams.CardSubmit(conversationId, data, locale, _user);
        if (replyToId is not null)
        {
            submit["replyToId"] = replyToId;
        }

        return SendAsync(submit);
    }

    /// <summary>Sends a card submit with exactly this data, as an old card or a crafted request would.</summary>
    public Task<IReadOnlyList<SentActivity>> SubmitAsync(JsonObject data) =>
        SendAsync(_teams.CardSubmit(conversationId, data, locale, _user));

    /// <summary>The buttons of a card: its actions first, then those in the body (an ActionSet under the text it belongs to).</summary>
    public static IEnumerable<JsonObject> Actions(JsonObject card) =>
        (card["actions"] as JsonArray ?? []).OfType<JsonObject>().Concat(BodyActions(card["body"]));

    private static IEnumerable<JsonObject> BodyActions(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "ActionSet" => (o["actions"] as JsonArray ?? []).OfType<JsonObject>(),
        JsonObject o => o.Where(p => p.Key != "card").SelectMany(p => BodyActions(p.Value)),
        JsonArray a => a.SelectMany(BodyActions),
        _ => [],
    };

    /// <summary>The input fields of a card, wherever they sit in its body.</summary>
    public static IEnumerable<JsonObject> Inputs(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>()?.StartsWith("Input.", StringComparison.Ordinal) == true => [o],
        JsonObject o => o.SelectMany(p => Inputs(p.Value)),
        JsonArray a => a.SelectMany(Inputs),
        _ => [],
    };

    private async Task<IReadOnlyList<SentActivity>> SendAsync(JsonObject activity)
    {
        var before = connector.SentTo(conversationId).Count();
        var response = await bot.PostActivityAsync(activity);
        response.EnsureSuccessStatusCode();
        Last = [.. connector.SentTo(conversationId).Skip(before)];
        return Last;
    }
}
