using System.Globalization;
using System.Net;
using Kvu.Bot.Conversations;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;
using Kvu.Bot.Meetings;
using Kvu.Bot.Storage;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kvu.Bot.Tests.Meetings;

/// <summary>
/// The projectleider of the Zwolle werkgroep plans a meeting; the project and access live in Azurite, Graph is
/// answered at the HTTP boundary under the SDK's own pipeline.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class MeetingConversationTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly RecordingGraphHandler graph = new();
    private KvuBotApplication bot = null!;
    private readonly UserConversation marieke = new() { ActiveProjectId = "zwolle-binnenstad" };
    private readonly FlowUser mariekeUser = new("tenant-zwolle", FormationExamples.Marieke.AadObjectId!, "Marieke Jansen", FormationExamples.Marieke.Email);

    public async Task InitializeAsync()
    {
        bot = new KvuBotApplication(azurite.ConnectionString);
        var projects = bot.Services.GetRequiredService<ProjectStore>();
        if (await projects.GetAsync(new ProjectKey("tenant-zwolle", "zwolle-binnenstad"), CancellationToken.None) is null)
        {
            try
            {
                await projects.CreateAsync(FormationExamples.Zwolle(), CancellationToken.None);
            }
            catch (Azure.RequestFailedException e) when (e.Status == 409)
            {
                // Another test class wrote the same example first: same document.
            }
        }

        await bot.Services.GetRequiredService<ProjectAccessStore>().GrantAsync(
            new ProjectAccess("tenant-zwolle", mariekeUser.AadObjectId, "zwolle-binnenstad", "Zwolle", "Binnenstad Zwolle",
                ProjectAccessRole.Projectleider, FormationExamples.Start), CancellationToken.None);
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    private MeetingConversation Conversation(bool withGraph = true) => new(
        bot.Services.GetRequiredService<ProjectStore>(),
        bot.Services.GetRequiredService<ProjectAccessStore>(),
        bot.Services.GetRequiredService<ConversationStore>(),
        bot.Services.GetRequiredService<ProactiveSender>(),
        bot.Services.GetRequiredService<MeetingStore>(),
        withGraph ? new GraphCalendar(GraphClientBuilder.Create(new StaticTokenCredential(), graph), NullLogger<GraphCalendar>.Instance) : null,
        bot.Services.GetRequiredService<Kvu.Bot.Files.FileDelivery>(),
        NullLogger<MeetingConversation>.Instance);

    private FlowInput Say(string text, DateTimeOffset now, System.Text.Json.Nodes.JsonObject? data = null) =>
        new(text, data, mariekeUser, CultureInfo.GetCultureInfo("nl-NL"), now);

    [Fact]
    public async Task Projectleider_gets_free_times_picks_one_and_the_Teams_meeting_is_created_in_her_calendar()
    {
        // Monday 26 October 2026 07:30, the day after summer time ended. Wim (gemeente) busy 09:00–11:00 local.
        var now = DateTimeOffset.Parse("2026-10-26T07:30:00+01:00");
        graph.Answer(HttpStatusCode.OK, """
            { "value": [
              { "scheduleId": "w.hendriks@zwolle.nl", "availabilityView": "",
                "scheduleItems": [ { "status": "busy",
                  "start": { "dateTime": "2026-10-26T08:00:00.0000000", "timeZone": "UTC" },
                  "end": { "dateTime": "2026-10-26T10:00:00.0000000", "timeZone": "UTC" } } ] },
              { "scheduleId": "henk@cafedemulder.nl", "availabilityView": "",
                "error": { "message": "The specified mailbox was not found", "responseCode": "ErrorMailRecipientNotFound" } }
            ] }
            """);

        var replies = await Conversation().HandleAsync(Say("vergadering kick-off 2 uur 5 dagen", now), marieke, CancellationToken.None);

        var getSchedule = Assert.Single(graph.Requests);
        Assert.Equal("/v1.0/users/m.jansen@zwolle.nl/calendar/getSchedule", Uri.UnescapeDataString(getSchedule.Uri.AbsolutePath));
        Assert.Contains("w.hendriks@zwolle.nl", getSchedule.Body);
        var card = Assert.Single(replies!).Card!;
        var cardText = string.Join("\n", card["body"]!.AsArray().Select(b => (string?)b!["text"]));
        Assert.Contains("maandag 26 oktober 2026 11:00–13:00 (Nederlandse tijd)", cardText); // after Wim's block, local time
        Assert.Contains("Henk Mulder niet leesbaar (The specified mailbox was not found)", cardText);
        var validation = await AdaptiveCardValidator.ValidateAsync(card);
        Assert.Empty(validation);

        var pick = card["actions"]![0]!["data"]!.AsObject();
        graph.Answer(HttpStatusCode.Created, """
            { "id": "AAMkAGI2TAAA=", "subject": "Startbijeenkomst KVU-werkgroep Zwolle",
              "onlineMeeting": { "joinUrl": "https://teams.microsoft.com/l/meetup-join/19%3ameeting_zwolle%40thread.v2/0" } }
            """);
        var created = await Conversation().HandleAsync(Say("", now, (System.Text.Json.Nodes.JsonObject)pick.DeepClone()), marieke, CancellationToken.None);

        var post = graph.Requests[1];
        Assert.Equal("POST", post.Method);
        Assert.Equal("/v1.0/users/m.jansen@zwolle.nl/events", Uri.UnescapeDataString(post.Uri.AbsolutePath));
        Assert.Equal("2026-10-26T11:00:00", (string)post.Json["start"]!["dateTime"]!);
        Assert.Equal("W. Europe Standard Time", (string)post.Json["start"]!["timeZone"]!);
        Assert.Contains(post.Json["attendees"]!.AsArray(), a => (string)a!["emailAddress"]!["address"]! == "p.degroot@khn.nl" && (string)a["type"]! == "optional");
        Assert.Contains(post.Json["attendees"]!.AsArray(), a => (string)a!["emailAddress"]!["address"]! == "w.hendriks@zwolle.nl" && (string)a["type"]! == "required");
        Assert.Contains(post.Json["attendees"]!.AsArray(), a => (string)a!["emailAddress"]!["address"]! == "j.bos@zwolle.nl" && (string)a["type"]! == "required"); // the projectsecretaris
        Assert.Contains("Startbijeenkomst KVU-werkgroep Zwolle** staat gepland op maandag 26 oktober 2026 11:00–13:00 (Nederlandse tijd)", created![0].Text);
        Assert.Contains("https://teams.microsoft.com/l/meetup-join/", created[0].Text);

        // Kept with the project (other tests plan meetings in the same project, so it is looked up by its event id).
        var next = await bot.Services.GetRequiredService<MeetingStore>().GetAsync(new ProjectKey("tenant-zwolle", "zwolle-binnenstad"), "AAMkAGI2TAAA=", CancellationToken.None);
        Assert.Equal("AAMkAGI2TAAA=", next!.EventId);
        Assert.Equal(DateTimeOffset.Parse("2026-10-26T11:00:00+01:00"), next.Start);
    }

    [Fact]
    public async Task A_403_tells_the_projectleider_to_ask_the_admin_and_leaves_the_technical_terms_to_the_admin()
    {
        graph.Answer(HttpStatusCode.Forbidden, """{ "error": { "code": "ErrorAccessDenied", "message": "Access is denied. Check credentials and try again." } }""");

        var replies = await Conversation().HandleAsync(Say("vergadering", DateTimeOffset.Parse("2026-11-02T08:00:00+01:00")), marieke, CancellationToken.None);

        Assert.Contains("Vraag je Microsoft 365-beheerder om Kvu.Bot toegang tot de agenda’s te geven", replies![0].Text);
        Assert.DoesNotContain("Exchange", replies[0].Text);
        Assert.DoesNotContain(".sh", replies[0].Text);
        Assert.DoesNotContain("Calendars.", replies[0].Text);
    }

    [Fact]
    public async Task Without_Graph_the_meeting_is_offered_as_an_ics_file_in_Dutch_time()
    {
        var replies = await Conversation(withGraph: false).HandleAsync(
            Say("vergadering 90 min", DateTimeOffset.Parse("2026-10-23T16:00:00+02:00")), marieke, CancellationToken.None);

        // Friday 16:00 is too late for 90 minutes: Monday 26 Oct 09:00 Dutch time (winter time again) = 08:00 UTC.
        Assert.Contains("maandag 26 oktober 2026 09:00–10:30 (Nederlandse tijd)", replies![0].Text);
        Assert.DoesNotContain("Graph", replies[0].Text);
        Assert.DoesNotContain("BEGIN:VCALENDAR", replies[0].Text);
        Assert.Equal("vergadering.ics", replies[1].Attachment!.Name);
        var offerId = replies[1].Attachment!.Content!["acceptContext"]!["offerId"]!.GetValue<string>();
        var offer = await bot.Services.GetRequiredService<Kvu.Bot.Files.FileOfferStore>().GetAsync("tenant-zwolle", mariekeUser.AadObjectId, offerId, CancellationToken.None);
        var ics = System.Text.Encoding.UTF8.GetString(offer!.File.Content);
        Assert.Contains("DTSTART:20261026T080000Z", ics);
        Assert.Contains("DTEND:20261026T093000Z", ics);
        Assert.Contains("METHOD:REQUEST", ics);
        Assert.Contains("ORGANIZER;CN=Marieke Jansen:mailto:m.jansen@zwolle.nl", ics);
        Assert.Contains("CN=Peter de Groot", ics);
        Assert.Contains("ROLE=OPT-PARTICIPANT", ics);
        Assert.All(ics.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task Other_messages_are_not_taken()
    {
        Assert.Null(await Conversation().HandleAsync(Say("overzicht", DateTimeOffset.UtcNow), marieke, CancellationToken.None));
    }
}
