using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Hosting;

/// <summary>
/// An ordinary turn reads the conversation's state once and writes it back once, conditionally: at most 2 Table
/// requests. More would mean a feature reads or writes behind the router's back, which costs every turn a
/// round trip and opens a window for lost updates. Counted at the Table client's HTTP pipeline.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class StorageRequestsPerTurnTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly TableRequestCounter _counter = new();
    private FakeBotConnector _connector = null!;
    private KvuBotApplication _application = null!;
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _bot = null!;
    private TeamsActivity _teams = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _teams = new TeamsActivity(_connector.ServiceUrl);
        _application = new KvuBotApplication(azurite.ConnectionString);
        _bot = _application.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
            services.AddSingleton(new TablePipelinePolicy(_counter))));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _application.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Theory]
    [InlineData("help")]
    [InlineData("wat is dit")]
    public async Task An_ordinary_turn_after_the_first_costs_at_most_two_Table_requests(string text)
    {
        var conversation = TeamsActivity.NewPersonalConversationId();
        using var client = _bot.CreateClient();
        (await client.PostAsync("/api/messages", Json(_teams.PersonalMessage(conversation, "help")))).EnsureSuccessStatusCode();
        _counter.Reset();

        var response = await client.PostAsync("/api/messages", Json(_teams.PersonalMessage(conversation, text)));

        response.EnsureSuccessStatusCode();
        Assert.Equal(2, _connector.SentTo(conversation).Count());
        Assert.InRange(_counter.Requests, 1, 2);
    }

    private static StringContent Json(System.Text.Json.Nodes.JsonObject activity) =>
        new(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
}
