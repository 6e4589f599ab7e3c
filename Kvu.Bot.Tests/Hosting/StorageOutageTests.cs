using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Hosting;

/// <summary>Table storage goes away in the middle of a conversation and comes back.</summary>
public sealed class StorageOutageTests : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("kvu-azurite-").FullName;
    private AzuriteFixture _azurite = null!;
    private FakeBotConnector _connector = null!;
    private KvuBotApplication _bot = null!;

    public async Task InitializeAsync()
    {
        _azurite = AzuriteFixture.Persistent(_data);
        await _azurite.StartAsync();
        _connector = await FakeBotConnector.StartAsync();
        _bot = new KvuBotApplication(_azurite.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        _azurite.Dispose();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task During_an_outage_the_user_is_asked_to_try_later_and_afterwards_nothing_is_lost()
    {
        var teams = new TeamsActivity(_connector.ServiceUrl);
        var conversation = TeamsActivity.NewPersonalConversationId();
        await _bot.PostActivityAsync(teams.BotAdded(conversation));
        Assert.Contains("Welkom bij Kvu.Bot", Assert.Single(_connector.SentTo(conversation)).VisibleText);

        await _azurite.StopAsync();
        var duringOutage = await _bot.PostActivityAsync(teams.PersonalMessage(conversation, "help"));

        Assert.Equal(System.Net.HttpStatusCode.OK, duringOutage.StatusCode);
        var apology = _connector.SentTo(conversation).Last();
        Assert.Contains("probeer het later opnieuw", apology.Text);
        Assert.Contains("niets verloren", apology.Text);

        await _azurite.StartAsync();
        await _bot.PostActivityAsync(teams.BotAdded(conversation));
        await _bot.PostActivityAsync(teams.PersonalMessage(conversation, "help"));

        var after = _connector.SentTo(conversation).Skip(2).ToList();
        Assert.Single(after);
        Assert.StartsWith("Dit kan ik voor je doen", after[0].Text);
        Assert.Equal(1, _connector.SentTo(conversation).Count(s => s.VisibleText.Contains("Welkom bij Kvu.Bot")));
    }
}
