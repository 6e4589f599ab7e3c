using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kvu.Bot.Formation;
using Kvu.Bot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Infrastructure;

/// <summary>
/// A werkgroep whose members all have Teams accounts (AAD object ids), stored in the test's Azurite with the
/// projectleider's access, and helpers to press approval card buttons through the real endpoint.
/// </summary>
public sealed class ApprovalExamples(KvuBotApplication bot, FakeBotConnector connector)
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));

    private readonly TeamsActivity _teams = new(connector.ServiceUrl);

    public TeamsActivity Teams => _teams;

    public KvuProject Project { get; private set; } = null!;

    public TeamsActivity.User Projectleider { get; private set; } = null!;

    public IReadOnlyList<TeamsActivity.User> Members { get; private set; } = [];

    public string Channel { get; } = TeamsActivity.NewChannelConversationId();

    /// <summary>
    /// A new project of its own (tests share one Azurite) with <paramref name="memberCount"/> members besides the
    /// projectleider. By default the projectleider is an external technisch voorzitter, who chairs without a seat,
    /// so only the members are asked; with <paramref name="projectleiderFromGemeente"/> she holds the gemeente's seat
    /// and is asked too.
    /// </summary>
    public async Task<ApprovalExamples> SeedAsync(int memberCount = 3, bool projectleiderFromGemeente = false)
    {
        Projectleider = NewUser("Anna de Vries");
        Members = [.. Enumerable.Range(1, memberCount).Select(i => NewUser(i switch { 1 => "Mark Jansen", 2 => "Fatima el Amrani", 3 => "Henk Mulder", _ => $"Lid {i}" }))];
        var pl = Person(Projectleider);
        var project = KvuProject.Create($"p-{Guid.NewGuid():N}", TeamsActivity.TenantId, "Zwolle", "Binnenstad", pl, Start);
        if (projectleiderFromGemeente)
        {
            project.SetProjectleider(pl, ProjectleiderOrigin.Gemeente, null, pl, Start);
        }
        else
        {
            project.SetProjectleider(pl, ProjectleiderOrigin.Extern, ExternalCapacity.TechnischVoorzitter, pl, Start);
        }
        var roles = new[] { WerkgroepRole.Politie, WerkgroepRole.KhnAfdelingsbestuur, WerkgroepRole.HorecaOndernemer, WerkgroepRole.Brandweer };
        for (var i = 0; i < Members.Count; i++)
        {
            var role = i < roles.Length ? roles[i] : WerkgroepRole.HorecaOndernemer;
            project.AddMember(role, Person(Members[i]), role == WerkgroepRole.HorecaOndernemer ? $"Café {i}" : null, pl, Start);
        }

        await bot.Services.GetRequiredService<ProjectStore>().CreateAsync(project, CancellationToken.None);
        await bot.Services.GetRequiredService<ProjectAccessStore>().GrantAsync(
            new ProjectAccess(TeamsActivity.TenantId, Projectleider.AadObjectId, project.Id, "Zwolle", "Binnenstad", ProjectAccessRole.Projectleider, Start), CancellationToken.None);
        Project = project;
        return this;
    }

    /// <summary>
    /// The werkgroep's channel linked to the project (team "team-guid") and known to the bot, as "koppel" leaves it;
    /// returns the projectleider's personal chat with the project active.
    /// </summary>
    public async Task<TeamsChat> LinkChannelAsync()
    {
        await bot.Services.GetRequiredService<ProjectStore>().UpdateAsync(Project.Key,
            p => p.LinkChannel(Channel, "team-guid", "Werkgroep KVU", "KVU Zwolle", Person(Projectleider), Start), CancellationToken.None);
        await bot.Services.GetRequiredService<ConversationStore>().SaveAsync(new ConversationAddress(
            Project.TenantId, Channel, ConversationKind.Channel, connector.ServiceUrl, "msteams", TeamsActivity.BotId, TeamsActivity.BotName,
            "team-guid", "Werkgroep KVU", "KVU Zwolle", Start), CancellationToken.None);
        var chat = new TeamsChat(bot, connector, TeamsActivity.NewPersonalConversationId(), "nl-NL", Projectleider);
        await chat.SayAsync("wissel 1");
        return chat;
    }

    public static TeamsActivity.User NewUser(string name) => new($"29:1{Guid.NewGuid():N}", name, Guid.NewGuid().ToString());

    public static PersonRef Person(TeamsActivity.User user) =>
        new(user.Name, user.AadObjectId, $"{user.Name.Replace(' ', '.').ToLowerInvariant()}@example.nl");

    /// <summary>The projectleider types in the werkgroep channel (mentioning the bot); returns the card posted there.</summary>
    public async Task<JsonObject> SayInChannelAsync(string text, TeamsActivity.User? from = null)
    {
        var before = SentInChannel().Count;
        (await bot.PostActivityAsync(_teams.ChannelMessage(Channel, text, from: from ?? Projectleider))).EnsureSuccessStatusCode();
        var sent = SentInChannel().Skip(before).ToList();
        return sent.SelectMany(s => s.Cards).LastOrDefault()
            ?? throw new InvalidOperationException($"No card. The bot said: {string.Join(" | ", sent.Select(s => s.VisibleText))}");
    }

    /// <summary>Everything the bot sent into the channel, in any of its threads ("19:...;messageid=...").</summary>
    public IReadOnlyList<SentActivity> SentInChannel() => [.. connector.Sent.Where(s => s.ConversationId.StartsWith(Channel, StringComparison.Ordinal) && s.Type != "typing")];

    public static JsonObject Data(string decisionId, string projectId, int? version = 1, string? comment = null)
    {
        var data = new JsonObject { ["projectId"] = projectId, ["decisionId"] = decisionId };
        if (version is not null)
        {
            data["version"] = version.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (comment is not null)
        {
            data["comment"] = comment;
        }

        return data;
    }

    /// <summary>Presses a button (or refreshes) on a group decision card; returns the card Teams would show that user.</summary>
    public async Task<JsonObject> InvokeAsync(TeamsActivity.User user, string verb, JsonObject data, string tenantId = TeamsActivity.TenantId, string? activityId = null, string locale = "nl-NL")
    {
        var response = await bot.PostActivityAsync(_teams.AdaptiveCardInvoke($"{Channel};messageid=1", verb, data, user, tenantId: tenantId, id: activityId, locale: locale));
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>() ?? throw new InvalidOperationException("The invoke was answered without a body.");
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        return body["value"] as JsonObject ?? throw new InvalidOperationException($"No card in the invoke response: {body.ToJsonString()}");
    }

    /// <summary>What a user reads on a card.</summary>
    public static string Read(JsonObject card) =>
        new SentActivity("POST", string.Empty, null, new JsonObject
        {
            ["attachments"] = new JsonArray { new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = card.DeepClone() } },
        }, string.Empty).VisibleText;

    /// <summary>Every button on the card, those under the text they belong to included.</summary>
    public static IReadOnlyList<string> Buttons(JsonObject card) =>
        [.. TeamsChat.Actions(card).Select(a => (string?)a["title"] ?? string.Empty)];
}
