using System.Globalization;
using System.Net;
using Kvu.Bot.Meetings;
using Kvu.Bot.StatusPosts;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace Kvu.Bot.Tests.Meetings;

public class GraphChannelPosterTests
{
    [Fact]
    public async Task Posts_the_card_as_the_projectleider_to_the_channel_messages_endpoint_retrying_a_429()
    {
        var graph = new RecordingGraphHandler()
            .Answer(HttpStatusCode.TooManyRequests, """{ "error": { "code": "TooManyRequests", "message": "Too many requests" } }""", ("Retry-After", "0"))
            .Answer(HttpStatusCode.Created, """{ "id": "1616990032035", "messageType": "message" }""");
        var tokens = new Mock<IDelegatedTokenProvider>();
        tokens.Setup(t => t.GetTokenAsync("tenant-zwolle", "29:1marieke", It.IsAny<CancellationToken>())).ReturnsAsync("marieke-obo-token");
        var project = FormationExamples.Zwolle();
        project.LinkChannel("19:abc@thread.tacv2", "team-guid", "Werkgroep KVU", "KVU Zwolle", FormationExamples.Marieke, FormationExamples.Day(10));
        var card = Card(project);

        var posted = await new GraphChannelPoster(tokens.Object, new GraphTransport(graph), NullLogger<GraphChannelPoster>.Instance)
            .PostAsync(project, card, "29:1marieke", CancellationToken.None);

        Assert.True(posted);
        Assert.Equal(2, graph.Requests.Count);
        var request = graph.Requests[1];
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1.0/teams/team-guid/channels/19:abc@thread.tacv2/messages", Uri.UnescapeDataString(request.Uri.AbsolutePath));
        Assert.Equal("Bearer marieke-obo-token", request.Headers["Authorization"]);
        var attachment = request.Json["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string)attachment["contentType"]!);
        Assert.Contains("Voortgang KVU Zwolle", (string)attachment["content"]!);
        Assert.Contains("<attachment id=\"summary\"></attachment>", (string)request.Json["body"]!["content"]!);
    }

    [Fact]
    public async Task Without_a_delegated_token_nothing_is_sent()
    {
        var graph = new RecordingGraphHandler();
        var project = FormationExamples.Zwolle();
        project.LinkChannel("19:abc@thread.tacv2", "team-guid", "Werkgroep KVU", "KVU Zwolle", FormationExamples.Marieke, FormationExamples.Day(10));

        var posted = await new GraphChannelPoster(Mock.Of<IDelegatedTokenProvider>(), new GraphTransport(graph), NullLogger<GraphChannelPoster>.Instance)
            .PostAsync(project, Card(project), "29:1marieke", CancellationToken.None);

        Assert.False(posted);
        Assert.Empty(graph.Requests);
    }

    private static System.Text.Json.Nodes.JsonObject Card(Kvu.Bot.Formation.KvuProject project) =>
        ReportCard.Build(new ReportContext(project, ReportKind.Summary, FormationExamples.Day(11), FormationExamples.Day(11), CultureInfo.GetCultureInfo("nl-NL")), []);
}
