using Kvu.Bot.Formation;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Formation;

/// <summary>
/// What a projectleider takes out of the werkgroep: a member (after she confirms, with the seat's access going too), a
/// horeca place or an existing overleg left out of the card's list. Through the real /api/messages, on Azurite.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class RemovalTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly PersonRef Wim = new("Wim Jansen", Guid.NewGuid().ToString(), "wim.jansen@politie.nl");

    private FakeBotConnector _connector = null!;
    private KvuBotApplication _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _bot = new KvuBotApplication(azurite.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private ProjectStore Projects => _bot.Services.GetRequiredService<ProjectStore>();

    private ProjectAccessStore Access => _bot.Services.GetRequiredService<ProjectAccessStore>();

    private TeamsChat NewChat(string locale) =>
        new(_bot, _connector, TeamsActivity.NewPersonalConversationId(), locale, new($"29:1{Guid.NewGuid():N}", "Anna de Vries", Guid.NewGuid().ToString()));

    /// <summary>Zwolle – Binnenstad with Wim of the police at the table (he accepted, so the project is in his list too).</summary>
    private async Task<(KvuProject Project, string WimsSeat)> ProjectWithWimAsync(TeamsChat chat)
    {
        await chat.SayAsync("start");
        await chat.SayAsync("Zwolle");
        await chat.SayAsync("Binnenstad");
        await chat.SayAsync("stop");
        string? projectId = null;
        await foreach (var access in Access.ListForUserAsync(TeamsActivity.TenantId, chat.User.AadObjectId, CancellationToken.None))
        {
            projectId = access.ProjectId;
        }

        var key = new ProjectKey(TeamsActivity.TenantId, projectId!);
        string? seat = null;
        var project = await Projects.UpdateAsync(key, p => seat = p.AddMember(WerkgroepRole.Politie, Wim, "Politie Oost-Nederland", Wim, DateTimeOffset.UtcNow).Id, CancellationToken.None);
        await Access.GrantAsync(new ProjectAccess(TeamsActivity.TenantId, Wim.AadObjectId!, project!.Id, project.Gemeente, project.Uitgaansgebied, ProjectAccessRole.Member, DateTimeOffset.UtcNow), CancellationToken.None);
        return (project, seat!);
    }

    private async Task<KvuProject> ReadAsync(KvuProject project) => (await Projects.GetAsync(project.Key, CancellationToken.None))!;

    [Theory]
    [InlineData("nl-NL", "Lid verwijderen", "Wim Jansen (Politie) uit de werkgroep halen?", "Ja, uit de werkgroep halen", "Wim Jansen is uit de werkgroep gehaald.")]
    [InlineData("en-US", "Remove member", "Remove Wim Jansen (Police) from the werkgroep?", "Yes, remove", "Wim Jansen has been removed from the werkgroep.")]
    public async Task A_member_is_taken_out_after_the_projectleider_confirms(string locale, string remove, string question, string confirm, string said)
    {
        var chat = NewChat(locale);
        var (project, seat) = await ProjectWithWimAsync(chat);

        await chat.SayAsync($"wijzig {seat}");
        await chat.ClickAsync(remove);
        Assert.Contains(question, chat.LastText);
        Assert.Single((await ReadAsync(project)).Members);

        await chat.ClickAsync(confirm);

        Assert.Contains(said, chat.LastText);
        var after = await ReadAsync(project);
        Assert.Empty(after.Members);
        Assert.Contains(after.Decisions, d => d.Kind == DecisionKind.MemberRemoved && d.Subject == seat && d.By.DisplayName == "Anna de Vries");
        Assert.Null(await Access.GetAsync(TeamsActivity.TenantId, Wim.AadObjectId!, project.Id, CancellationToken.None));

        // The projectleider keeps her own access, and the overview follows.
        Assert.NotNull(await Access.GetAsync(TeamsActivity.TenantId, chat.User.AadObjectId, project.Id, CancellationToken.None));
        Assert.NotNull(chat.LastCard);
    }

    [Fact]
    public async Task No_goes_back_to_the_members_card_and_changes_nothing()
    {
        var chat = NewChat("nl-NL");
        var (project, seat) = await ProjectWithWimAsync(chat);
        var before = (await ReadAsync(project)).Decisions.Count;

        await chat.SayAsync($"wijzig {seat}");
        await chat.ClickAsync("Lid verwijderen");
        await chat.ClickAsync("Nee, terug");

        Assert.Contains("Wijzig de vertegenwoordiger van Politie: Wim Jansen", chat.LastText);
        var after = await ReadAsync(project);
        Assert.Single(after.Members);
        Assert.Equal(before, after.Decisions.Count);
        Assert.NotNull(await Access.GetAsync(TeamsActivity.TenantId, Wim.AadObjectId!, project.Id, CancellationToken.None));
    }

    [Fact]
    public async Task A_place_left_out_of_the_card_is_dropped_and_named_while_a_typed_answer_only_adds()
    {
        var chat = NewChat("nl-NL");
        var (project, _) = await ProjectWithWimAsync(chat);
        await chat.SayAsync("wijzig horeca");
        await chat.ClickAsync("Verder", new Dictionary<string, string> { ["straten"] = "Oude Vismarkt, Sassenstraat", ["pleinen"] = "Grote Markt" });
        Assert.Equal(["Oude Vismarkt", "Sassenstraat", "Grote Markt"], (await ReadAsync(project)).HorecaAreas.Select(a => a.Name));

        await chat.SayAsync("wijzig horeca");
        await chat.ClickAsync("Verder", new Dictionary<string, string> { ["straten"] = "Oude Vismarkt", ["pleinen"] = "" });

        Assert.Contains("Geschrapt: Sassenstraat, Grote Markt.", chat.LastText);
        var after = await ReadAsync(project);
        Assert.Equal(["Oude Vismarkt"], after.HorecaAreas.Select(a => a.Name));
        Assert.Equal(2, after.Decisions.Count(d => d.Kind == DecisionKind.HorecaAreaRemoved));

        await chat.SayAsync("wijzig horeca");
        await chat.SayAsync("Melkmarkt");

        Assert.DoesNotContain("Geschrapt", chat.LastText);
        Assert.Equal(["Oude Vismarkt", "Melkmarkt"], (await ReadAsync(project)).HorecaAreas.Select(a => a.Name));
    }

    [Theory]
    [InlineData("nl-NL", "Geen", "Geschrapt: Horecaoverleg binnenstad, Driehoek uitgaan.")]
    [InlineData("en-US", "None", "Removed: Horecaoverleg binnenstad, Driehoek uitgaan.")]
    public async Task None_takes_the_existing_overleggen_off_the_list(string locale, string none, string said)
    {
        var chat = NewChat(locale);
        var (project, _) = await ProjectWithWimAsync(chat);
        await chat.SayAsync("wijzig overleggen");
        await chat.ClickAsync(locale == "nl-NL" ? "Verder" : "Next", new Dictionary<string, string> { ["answer"] = "Horecaoverleg binnenstad, Driehoek uitgaan" });
        Assert.Equal(2, (await ReadAsync(project)).ConsultationBodies.Count);

        await chat.SayAsync("wijzig overleggen");
        await chat.ClickAsync(none);

        Assert.Contains(said, chat.LastText);
        Assert.Empty((await ReadAsync(project)).ConsultationBodies);
    }
}
