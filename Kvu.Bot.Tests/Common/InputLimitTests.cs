using Kvu.Bot.Formation;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Common;

/// <summary>
/// Input that would not fit (a list of a thousand streets, 100 KB in one field) is refused where it comes in, in the
/// user's language, naming the field and what fits; nothing of it reaches the project or the decisions. Names and
/// texts are stored without control or bidirectional characters. Through the real /api/messages, on Azurite.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class InputLimitTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly string Kilobytes100 = new('x', 100_000);

    private readonly TableRequestCounter _tables = new();
    private FakeBotConnector _connector = null!;
    private KvuBotApplication _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _bot = new KvuBotApplication(azurite.ConnectionString, services: services => services.AddSingleton(new TablePipelinePolicy(_tables)));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    /// <summary>Writes to any table but the conversation state (which a turn saves whatever it answered).</summary>
    private long DomainWrites => _tables.ByKind
        .Where(k => !k.Key.StartsWith("GET ", StringComparison.Ordinal) && !k.Key.EndsWith(" " + KvuTables.BotState, StringComparison.Ordinal))
        .Sum(k => k.Value);

    private TeamsChat NewChat(string locale, TeamsActivity.User? user = null) =>
        new(_bot, _connector, TeamsActivity.NewPersonalConversationId(), locale, user ?? new($"29:1{Guid.NewGuid():N}", "Anna de Vries", Guid.NewGuid().ToString()));

    /// <summary>A new project Zwolle – Binnenstad, the flow stopped; returns its id.</summary>
    private async Task<string> NewProjectAsync(TeamsChat chat)
    {
        await chat.SayAsync("start");
        await chat.SayAsync("Zwolle");
        await chat.SayAsync("Binnenstad");
        await chat.SayAsync("stop");
        await foreach (var access in _bot.Services.GetRequiredService<ProjectAccessStore>().ListForUserAsync(TeamsActivity.TenantId, chat.User.AadObjectId, CancellationToken.None))
        {
            return access.ProjectId;
        }

        throw new InvalidOperationException("No project was made.");
    }

    private async Task<KvuProject> ProjectAsync(string id) =>
        (await _bot.Services.GetRequiredService<ProjectStore>().GetAsync(new ProjectKey(TeamsActivity.TenantId, id), CancellationToken.None))!;

    private static string Streets(int count) => string.Join(", ", Enumerable.Range(1, count).Select(i => $"Straat {i}"));

    [Theory]
    [InlineData("nl-NL", "Verder", "Horecastraten: dat zijn er 1.000, er passen hoogstens 40.")]
    [InlineData("en-US", "Next", "Horeca streets: that is 1,000, at most 40 fit.")]
    public async Task A_thousand_street_names_on_the_card_are_refused_naming_the_field_and_the_maximum(string locale, string next, string expected)
    {
        var chat = NewChat(locale);
        var project = await NewProjectAsync(chat);
        await chat.SayAsync("wijzig horeca");
        _tables.Reset();

        await chat.ClickAsync(next, new Dictionary<string, string> { ["straten"] = Streets(1000) });

        Assert.Contains(expected, chat.LastText);
        Assert.Contains("straten", TeamsChat.Inputs(chat.LastCard).Select(i => (string)i["id"]!));
        Assert.Empty((await ProjectAsync(project)).HorecaAreas);
        Assert.Equal(0, DomainWrites);
    }

    [Theory]
    [InlineData("nl-NL", "Horecastraten, -pleinen en publiekstrekkers samen: dat zijn er 1.000, er passen hoogstens 40.")]
    [InlineData("en-US", "Horeca streets, squares and crowd pullers together: that is 1,000, at most 40 fit.")]
    public async Task A_thousand_street_names_typed_are_refused_as_well(string locale, string expected)
    {
        var chat = NewChat(locale);
        var project = await NewProjectAsync(chat);
        await chat.SayAsync("wijzig horeca");
        _tables.Reset();

        // 1,000 names as short as they come still fit in one message.
        await chat.SayAsync(string.Join(",", Enumerable.Range(1, 1000)));

        Assert.Contains(expected, chat.LastText);
        Assert.Empty((await ProjectAsync(project)).HorecaAreas);
        Assert.Equal(0, DomainWrites);
    }

    [Theory]
    [InlineData("nl-NL", "Verder", "Gemeente is te lang: er passen hoogstens 200 tekens in, dit waren er 100.000.")]
    [InlineData("en-US", "Next", "Gemeente (municipality) is too long: it takes at most 200 characters, this was 100,000.")]
    public async Task A_hundred_kilobytes_in_one_field_are_refused_naming_the_field(string locale, string next, string expected)
    {
        var chat = NewChat(locale);
        var project = await NewProjectAsync(chat);
        await chat.SayAsync("wijzig gemeente");
        _tables.Reset();

        await chat.ClickAsync(next, new Dictionary<string, string> { ["answer"] = Kilobytes100 });

        Assert.Contains(expected, chat.LastText);
        Assert.Equal("Zwolle", (await ProjectAsync(project)).Gemeente);
        Assert.Equal(0, DomainWrites);

        // Fixed, the same answer goes through: the refusal does not repeat on every retry.
        await chat.ClickAsync(next, new Dictionary<string, string> { ["answer"] = "Zwolle-Zuid" });
        Assert.Equal("Zwolle-Zuid", (await ProjectAsync(project)).Gemeente);
    }

    [Theory]
    [InlineData("nl-NL", "Naam is te lang: er passen hoogstens 200 tekens in, dit waren er 100.000.")]
    [InlineData("en-US", "Name is too long: it takes at most 200 characters, this was 100,000.")]
    public async Task A_hundred_kilobyte_name_on_a_member_card_is_refused(string locale, string expected)
    {
        var chat = NewChat(locale);
        var project = await NewProjectAsync(chat);
        await chat.SayAsync("wijzig politie");
        _tables.Reset();

        await chat.ClickAsync(locale == "nl-NL" ? "Verder" : "Next", new Dictionary<string, string> { ["naam"] = Kilobytes100, ["email"] = "m.jansen@politie.nl" });

        Assert.Contains(expected, chat.LastText);
        Assert.Empty((await ProjectAsync(project)).Members);
        Assert.Equal(0, DomainWrites);
    }

    [Theory]
    [InlineData("nl-NL", "Je bericht is te lang: er passen hoogstens 4.000 tekens in, dit waren er 100.000.")]
    [InlineData("en-US", "Your message is too long: it takes at most 4,000 characters, this was 100,000.")]
    public async Task A_hundred_kilobyte_message_is_refused_before_anything_is_read(string locale, string expected)
    {
        var chat = NewChat(locale);
        var project = await NewProjectAsync(chat);
        _tables.Reset();

        await chat.SayAsync("probleemstelling " + Kilobytes100[17..]);

        Assert.StartsWith(expected, chat.LastText);
        Assert.Equal(0, _tables.Requests);
        Assert.Null(await _bot.Services.GetRequiredService<Kvu.Bot.Approvals.ApprovalStore>().ReadAsync(new ProjectKey(TeamsActivity.TenantId, project), "probleemstelling", CancellationToken.None));
    }

    [Theory]
    [InlineData("nl-NL", "Gezamenlijke probleemstelling is te lang: er passen hoogstens 2.000 tekens in, dit waren er 3.000.")]
    [InlineData("en-US", "Shared problem statement is too long: it takes at most 2,000 characters, this was 3,000.")]
    public async Task A_problem_statement_over_the_free_text_limit_is_refused(string locale, string expected)
    {
        var chat = NewChat(locale);
        var project = await NewProjectAsync(chat);
        _tables.Reset();

        await chat.SayAsync("probleemstelling " + new string('p', 3000));

        Assert.StartsWith(expected, chat.LastText);
        Assert.Equal(0, DomainWrites);
        Assert.Null(await _bot.Services.GetRequiredService<Kvu.Bot.Approvals.ApprovalStore>().ReadAsync(new ProjectKey(TeamsActivity.TenantId, project), "probleemstelling", CancellationToken.None));
    }

    [Theory]
    [InlineData("nl-NL", "Omschrijving van het begrip is te lang: er passen hoogstens 2.000 tekens in, dit waren er 2.500.", "Begrippenlijst: dat zijn er 41, er passen hoogstens 40.")]
    [InlineData("en-US", "Definition of the term is too long: it takes at most 2,000 characters, this was 2,500.", "Agreed terms (begrippenlijst): that is 41, at most 40 fit.")]
    public async Task Terms_have_a_limit_per_definition_and_per_list(string locale, string tooLong, string tooMany)
    {
        var chat = NewChat(locale);
        var project = await NewProjectAsync(chat);

        await chat.SayAsync("begrip Uitgaansgebied = " + new string('d', 2500));
        Assert.StartsWith(tooLong, chat.LastText);
        for (var i = 1; i <= 40; i++)
        {
            await chat.SayAsync($"begrip Term {i} = omschrijving {i}");
        }

        _tables.Reset();
        await chat.SayAsync("begrip Term 41 = omschrijving 41");

        Assert.StartsWith(tooMany, chat.LastText);
        var terms = await _bot.Services.GetRequiredService<Kvu.Bot.Approvals.ApprovalStore>().ReadAsync(new ProjectKey(TeamsActivity.TenantId, project), "begrippenlijst", CancellationToken.None);
        Assert.Equal(40, terms!.Decision.Items.Count);
        Assert.Equal(0, DomainWrites);
    }

    [Fact]
    public async Task Names_are_stored_without_bidirectional_overrides_or_invisible_characters()
    {
        // "Mark \u202Enesnaj" displays as "Mark jansen" reversed; zero-width spaces and a BOM hide inside the name.
        var user = new TeamsActivity.User($"29:1{Guid.NewGuid():N}", "Anna\u202E de Vries\u2066", Guid.NewGuid().ToString());
        var chat = NewChat("nl-NL", user);
        var project = await NewProjectAsync(chat);
        await chat.SayAsync("wijzig politie");

        await chat.ClickAsync("Verder", new Dictionary<string, string> { ["naam"] = "Mark\u200B \u202Enesnaj\u202C\uFEFF", ["email"] = "m.jansen@politie.nl", ["organisatie"] = "Politie\u0007 Oost-Nederland\u2067" });

        var stored = await ProjectAsync(project);
        var member = Assert.Single(stored.Members);
        Assert.Equal("Mark nesnaj", member.Person.DisplayName);
        Assert.Equal("Politie Oost-Nederland", member.Organisation);
        Assert.Equal("Anna de Vries", stored.CreatedBy.DisplayName);
        Assert.Contains("Mark nesnaj is toegevoegd als lid namens Politie", chat.LastText);
    }
}
