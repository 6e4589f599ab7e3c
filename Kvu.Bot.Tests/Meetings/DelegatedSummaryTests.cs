using System.Net;
using Kvu.Bot.Meetings;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Meetings;

/// <summary>
/// Graph:Poster = Delegated through the real endpoint: the projectleider's token comes from the Bot Framework
/// token service (faked at its HTTP endpoint, GET /api/usertoken/GetToken), the post goes to Graph (recorded).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DelegatedSummaryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Connection = "GraphSso";
    private readonly RecordingGraphHandler graph = new();
    private FakeBotConnector connector = null!;
    private KvuBotApplication bot = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeBotConnector.StartAsync();
        bot = new KvuBotApplication(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["Graph:Poster"] = "Delegated",
            ["Graph:DelegatedConnectionName"] = Connection,
            ["OAuthUrl"] = connector.ServiceUrl.TrimEnd('/'),
        }, services => services.AddSingleton(new GraphTransport(graph)));
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    private async Task<(ApprovalExamples Werkgroep, TeamsChat Chat)> ProjectleiderAsync()
    {
        var w = await new ApprovalExamples(bot, connector).SeedAsync();
        return (w, await w.LinkChannelAsync());
    }

    [Fact]
    public async Task A_signed_in_projectleider_posts_the_summary_as_herself_through_Graph()
    {
        var (w, chat) = await ProjectleiderAsync();
        connector.UserTokens[(w.Projectleider.Id, Connection)] = "anna-delegated-token";
        graph.Answer(HttpStatusCode.Created, """{ "id": "1616990032035", "messageType": "message" }""");

        await chat.SayAsync("samenvatting");

        Assert.Contains($"userId={Uri.EscapeDataString(w.Projectleider.Id)}", Assert.Single(connector.TokenRequests));
        Assert.Contains($"connectionName={Connection}", connector.TokenRequests.Single());
        Assert.Contains("channelId=msteams", connector.TokenRequests.Single());
        var post = Assert.Single(graph.Requests);
        Assert.Equal("POST", post.Method);
        Assert.Equal($"/v1.0/teams/team-guid/channels/{w.Channel}/messages", Uri.UnescapeDataString(post.Uri.AbsolutePath));
        Assert.Equal("Bearer anna-delegated-token", post.Headers["Authorization"]);
        Assert.Contains("Voortgang KVU Zwolle", (string)post.Json["attachments"]![0]!["content"]!);
        Assert.Empty(w.SentInChannel()); // not also by the bot
        Assert.DoesNotContain("niet aangemeld", chat.LastText);
    }

    [Fact]
    public async Task Without_a_token_the_bot_posts_it_and_says_so()
    {
        var (w, chat) = await ProjectleiderAsync();

        await chat.SayAsync("samenvatting");

        Assert.Single(connector.TokenRequests);
        Assert.Empty(graph.Requests);
        Assert.Contains("Voortgang KVU Zwolle", ApprovalExamples.Read(Assert.Single(Assert.Single(w.SentInChannel()).Cards)));
        Assert.Contains("Je bent niet aangemeld bij Microsoft Graph, dus de bot heeft de samenvatting in het kanaal geplaatst in plaats van jou.", chat.LastText);
    }
}
