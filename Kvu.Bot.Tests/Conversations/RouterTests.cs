using Kvu.Bot.Formation.Flow;
using Kvu.Bot.Hosting;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kvu.Bot.Tests.Conversations;

/// <summary>The activity router on the SDK's TestAdapter, with its state in Azurite as in production.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RouterTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:ConnectionString"] = azurite.ConnectionString })
            .Build();
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddKvuStorage(configuration)
            .AddKvuBot(configuration)
            .AddKvuFormation()
            .BuildServiceProvider();
        foreach (var hosted in _services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private TestFlow Flow(string locale = "nl-NL")
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation($"router-{Guid.NewGuid():N}")) { Locale = locale };
        return new TestFlow(adapter, _services.GetRequiredService<IBot>());
    }

    [Fact]
    public Task Help_and_its_Dutch_synonym_list_the_commands() =>
        Flow()
            .Send("help").AssertReply(a => Assert.StartsWith("Dit kan ik voor je doen", a.AsMessageActivity().Text))
            .Send("hulp").AssertReply(a => Assert.StartsWith("Dit kan ik voor je doen", a.AsMessageActivity().Text))
            .Send("  HELP ").AssertReply(a => Assert.StartsWith("Dit kan ik voor je doen", a.AsMessageActivity().Text))
            .StartTestAsync();

    [Fact]
    public Task English_locale_gets_English_help() =>
        Flow("en-US")
            .Send("help").AssertReply(a => Assert.StartsWith("This is what I can do", a.AsMessageActivity().Text))
            .StartTestAsync();

    [Fact]
    public Task Unknown_text_is_quoted_back_with_a_pointer_to_help() =>
        Flow()
            .Send("planning").AssertReply(a =>
            {
                Assert.Contains("\"planning\"", a.AsMessageActivity().Text);
                Assert.Contains("help", a.AsMessageActivity().Text);
            })
            .StartTestAsync();

    [Fact]
    public Task A_very_long_unknown_message_is_shortened_in_the_answer() =>
        Flow()
            .Send(new string('x', 500)).AssertReply(a => Assert.True(a.AsMessageActivity().Text.Length < 300))
            .StartTestAsync();

    [Fact]
    public Task The_bot_joining_twice_gives_one_welcome_card() =>
        Flow()
            .Send(BotAdded()).AssertReply(a =>
            {
                var card = Assert.Single(a.AsMessageActivity().Attachments);
                Assert.Equal("application/vnd.microsoft.card.adaptive", card.ContentType);
                Assert.Contains("Welkom bij Kvu.Bot", card.Content.ToString());
            })
            .Send(BotAdded()).AssertNoReply()
            .StartTestAsync();

    private static Activity BotAdded() => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount("bot", "Bot")],
    };
}
