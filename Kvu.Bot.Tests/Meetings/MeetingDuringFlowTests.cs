using System.Globalization;
using System.Net;
using Kvu.Bot.Meetings;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kvu.Bot.Tests.Meetings;

/// <summary>
/// Through the real /api/messages endpoint: the projectleider is in the middle of the formation flow and clicks a
/// time on a meeting proposal card. The click plans the meeting; the flow is not disturbed and goes on after it.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class MeetingDuringFlowTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly RecordingGraphHandler graph = new();
    private FakeBotConnector connector = null!;
    private KvuBotApplication bot = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeBotConnector.StartAsync();
        bot = new KvuBotApplication(azurite.ConnectionString, services: s => s.AddSingleton(new GraphTransport(graph, new StaticTokenCredential())));
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task A_click_on_a_proposal_during_the_formation_flow_plans_the_meeting_and_the_flow_goes_on()
    {
        var w = await new ApprovalExamples(bot, connector).SeedAsync();
        var chat = new TeamsChat(bot, connector, TeamsActivity.NewPersonalConversationId(), "nl-NL", w.Projectleider);
        await chat.SayAsync("nieuw project");
        Assert.Contains("Voor welke gemeente is dit KVU-project?", chat.LastText);

        var slot = new SlotProposal(DateTimeOffset.Parse("2026-12-07T10:00:00+01:00"), DateTimeOffset.Parse("2026-12-07T11:00:00+01:00"), []);
        var card = ProposalCard.Build(MeetingKind.WerkgroepOverleg, null, [slot], [], CultureInfo.GetCultureInfo("nl-NL"), w.Project.Id);
        graph.Answer(HttpStatusCode.Created, """
            { "id": "AAMk-flow=", "subject": "Overleg KVU-werkgroep Zwolle",
              "onlineMeeting": { "joinUrl": "https://teams.microsoft.com/l/meetup-join/19%3ameeting_flow%40thread.v2/0" } }
            """);
        await chat.SubmitAsync(MeetingExamples.Button(card, "ma 7 dec 10:00"));

        Assert.Contains("**Overleg KVU-werkgroep Zwolle** staat gepland op maandag 7 december 2026 10:00–11:00 (Nederlandse tijd).", chat.LastText);
        var post = Assert.Single(graph.Requests);
        Assert.Equal("/v1.0/users/anna.de.vries@example.nl/events", Uri.UnescapeDataString(post.Uri.AbsolutePath));

        await chat.SayAsync("Deventer");
        Assert.Contains("Hoe heet het uitgaansgebied?", chat.LastText);
    }
}
