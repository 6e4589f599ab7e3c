using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Meetings;

/// <summary>Through the real /api/messages endpoint and DI: the meeting and summary commands reach their features.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class MeetingRoutingTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private FakeBotConnector connector = null!;
    private KvuBotApplication bot = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeBotConnector.StartAsync();
        bot = new KvuBotApplication(azurite.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    private TeamsChat NewChat(string locale) => new(bot, connector, TeamsActivity.NewPersonalConversationId(), locale,
        new TeamsActivity.User($"29:1{Guid.NewGuid():N}", "Nieuwe Gebruiker", Guid.NewGuid().ToString()));

    [Theory]
    [InlineData("vergadering kick-off 2 uur", "nl-NL", "Kies eerst een project")]
    [InlineData("samenvatting", "nl-NL", "Kies eerst een project")]
    [InlineData("meeting 90 min", "en-US", "Choose a project first")]
    public async Task Without_a_project_the_user_is_told_to_choose_one(string text, string locale, string expected)
    {
        var chat = NewChat(locale);

        await chat.SayAsync(text);

        Assert.Contains(expected, chat.LastText);
    }
}
