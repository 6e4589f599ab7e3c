using System.Net;
using System.Text.Json.Nodes;
using Kvu.Bot.Conversations;
using Kvu.Bot.Formation;
using Kvu.Bot.Meetings;
using Kvu.Bot.Tests.Infrastructure;

namespace Kvu.Bot.Tests.Meetings;

/// <summary>
/// The projectleider moves or cancels a planned meeting, typed or with the buttons on the channel post. The same
/// Graph event is patched or cancelled (asserted at the HTTP boundary); the store follows and the channel is told.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class MeetingChangeTests(AzuriteFixture azurite) : ConnectedBotTest(azurite)
{
    /// <summary>Friday 23 October 2026 10:00, the last working day before summer time ends.</summary>
    private static readonly DateTimeOffset Friday = DateTimeOffset.Parse("2026-10-23T10:00:00+02:00");
    private static readonly DateTimeOffset MondayEleven = DateTimeOffset.Parse("2026-10-26T11:00:00+01:00");

    private async Task<MeetingExamples> WerkgroepAsync(bool linkChannel = true) => await new MeetingExamples(Bot, Connector).SeedAsync(linkChannel);

    [Theory]
    [InlineData("vergadering verzetten", MeetingChange.Reschedule)]
    [InlineData("Verzet vergadering", MeetingChange.Reschedule)]
    [InlineData("meeting reschedule", MeetingChange.Reschedule)]
    [InlineData("vergadering annuleren", MeetingChange.Cancel)]
    [InlineData("vergadering afzeggen!", MeetingChange.Cancel)]
    [InlineData("cancel meeting", MeetingChange.Cancel)]
    [InlineData("vergadering kick-off 2 uur", null)]
    [InlineData("annuleren", null)]
    public void Change_words_are_recognised_and_never_read_as_a_new_meeting(string text, MeetingChange? expected)
    {
        Assert.Equal(expected, MeetingCommand.ParseChange(text));
        if (expected is not null)
        {
            Assert.Null(MeetingCommand.Parse(text));
        }
    }

    [Fact]
    public async Task Rescheduling_proposes_free_times_and_patches_the_same_event_then_tells_the_channel()
    {
        var w = await WerkgroepAsync();
        await w.PlannedAsync("AAMk-move=", MondayEleven, TimeSpan.FromHours(1));

        var choose = await w.Conversation().HandleAsync(w.Say("vergadering verzetten", Friday), w.Marieke, CancellationToken.None);
        var chooseCard = Assert.Single(choose!).Card!;
        Assert.Contains("Welke vergadering wil je verzetten?", MeetingExamples.Read(chooseCard));
        Assert.Contains("Overleg KVU-werkgroep Zwolle: maandag 26 oktober 2026 11:00–12:00 (Nederlandse tijd)", MeetingExamples.Read(chooseCard));

        // Wim is busy all of Friday and on Monday until noon (his other appointment and the meeting itself).
        w.Graph.Answer(HttpStatusCode.OK, """
            { "value": [
              { "scheduleId": "w.hendriks@zwolle.nl", "availabilityView": "", "scheduleItems": [
                { "status": "busy", "start": { "dateTime": "2026-10-23T08:00:00.0000000", "timeZone": "UTC" }, "end": { "dateTime": "2026-10-23T15:00:00.0000000", "timeZone": "UTC" } },
                { "status": "busy", "start": { "dateTime": "2026-10-26T08:00:00.0000000", "timeZone": "UTC" }, "end": { "dateTime": "2026-10-26T11:00:00.0000000", "timeZone": "UTC" } } ] },
              { "scheduleId": "p.degroot@khn.nl", "availabilityView": "", "scheduleItems": [] }
            ] }
            """);
        var proposals = await w.Conversation().HandleAsync(w.Say("", Friday, MeetingExamples.Button(chooseCard, "Verzetten")), w.Marieke, CancellationToken.None);
        var proposalCard = Assert.Single(proposals!).Card!;
        Assert.Contains("Nieuwe tijden voor Overleg KVU-werkgroep Zwolle", MeetingExamples.Read(proposalCard));
        Assert.Contains("maandag 26 oktober 2026 12:00–13:00 (Nederlandse tijd) — iedereen kan", MeetingExamples.Read(proposalCard));
        Assert.Equal("/v1.0/users/m.jansen@zwolle.nl/calendar/getSchedule", Uri.UnescapeDataString(w.Graph.Requests[0].Uri.AbsolutePath));
        Assert.All(await AdaptiveCardValidator.ValidateAsync([chooseCard, proposalCard]), Assert.Empty);

        w.Graph.Answer(HttpStatusCode.OK, """
            { "id": "AAMk-move=", "subject": "Overleg KVU-werkgroep Zwolle",
              "start": { "dateTime": "2026-10-26T12:00:00.0000000", "timeZone": "W. Europe Standard Time" },
              "end": { "dateTime": "2026-10-26T13:00:00.0000000", "timeZone": "W. Europe Standard Time" },
              "onlineMeeting": { "joinUrl": "https://teams.microsoft.com/l/meetup-join/19%3ameeting_zwolle%40thread.v2/0" } }
            """);
        var moved = await w.Conversation().HandleAsync(w.Say("", Friday, MeetingExamples.Button(proposalCard, "ma 26 okt 12:00")), w.Marieke, CancellationToken.None);

        var patch = w.Graph.Requests[1];
        Assert.Equal("PATCH", patch.Method);
        Assert.Equal("/v1.0/users/m.jansen@zwolle.nl/events/AAMk-move=", Uri.UnescapeDataString(patch.Uri.AbsolutePath));
        Assert.Equal("2026-10-26T12:00:00", (string)patch.Json["start"]!["dateTime"]!);
        Assert.Equal("W. Europe Standard Time", (string)patch.Json["start"]!["timeZone"]!);
        Assert.Equal("2026-10-26T13:00:00", (string)patch.Json["end"]!["dateTime"]!);
        Assert.Equal("W. Europe Standard Time", (string)patch.Json["end"]!["timeZone"]!);
        Assert.Null(patch.Json["attendees"]); // the same invitation moves; nobody is invited twice
        Assert.Contains("**Overleg KVU-werkgroep Zwolle** is verzet naar maandag 26 oktober 2026 12:00–13:00 (Nederlandse tijd).", moved![0].Text);

        var post = Assert.Single(w.SentInChannel());
        var posted = Assert.Single(post.Cards);
        Assert.Contains("is verzet naar maandag 26 oktober 2026 12:00–13:00 (Nederlandse tijd)", MeetingExamples.Read(posted));
        Assert.Equal(["Deelnemen aan vergadering", "Verzetten", "Annuleren"], posted["actions"]!.AsArray().Select(a => (string)a!["title"]!));
        Assert.Empty(await AdaptiveCardValidator.ValidateAsync(posted));

        var stored = await w.Meetings.GetAsync(new ProjectKey(MeetingExamples.TenantId, w.Project.Id), "AAMk-move=", CancellationToken.None);
        Assert.Equal(DateTimeOffset.Parse("2026-10-26T12:00:00+01:00"), stored!.Start);
        Assert.Equal(DateTimeOffset.Parse("2026-10-26T13:00:00+01:00"), stored.End);
    }

    [Fact]
    public async Task Annuleren_on_the_channel_post_cancels_the_event_with_a_comment_and_the_meeting_is_gone()
    {
        var w = await WerkgroepAsync();
        var meeting = await w.PlannedAsync("AAMk-cancel=", MondayEleven, TimeSpan.FromHours(1));
        var channelCard = MeetingCard.Planned(w.Project.Id, meeting, "**Overleg KVU-werkgroep Zwolle** staat gepland", Kvu.Bot.Common.ReaderCulture.Dutch);

        w.Graph.Answer(HttpStatusCode.Accepted, "");
        var cancelled = await w.Conversation().HandleAsync(w.Say("", Friday, MeetingExamples.Button(channelCard, "Annuleren")), new(), CancellationToken.None);

        var request = Assert.Single(w.Graph.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1.0/users/m.jansen@zwolle.nl/events/AAMk-cancel=/cancel", Uri.UnescapeDataString(request.Uri.AbsolutePath));
        Assert.Equal("Deze vergadering is geannuleerd door Marieke Jansen via de KVU-bot.", (string)request.Json["comment"]!);
        Assert.Contains("**Overleg KVU-werkgroep Zwolle** op maandag 26 oktober 2026 11:00–12:00 (Nederlandse tijd) is geannuleerd.", cancelled![0].Text);
        Assert.Contains("is geannuleerd", Assert.Single(w.SentInChannel()).VisibleText);

        var stored = await w.Meetings.GetAsync(new ProjectKey(MeetingExamples.TenantId, w.Project.Id), "AAMk-cancel=", CancellationToken.None);
        Assert.True(stored!.Cancelled);
        Assert.Empty(await w.Meetings.UpcomingAsync(new ProjectKey(MeetingExamples.TenantId, w.Project.Id), Friday, CancellationToken.None));

        // The same button again (an old card, a double click): nothing more is sent to Graph.
        var again = await w.Conversation().HandleAsync(w.Say("", Friday, MeetingExamples.Button(channelCard, "Annuleren")), w.Marieke, CancellationToken.None);
        Assert.Contains("staat niet (meer) in de planning", again![0].Text);
        var typed = await w.Conversation().HandleAsync(w.Say("vergadering annuleren", Friday), w.Marieke, CancellationToken.None);
        Assert.Contains("Er staat geen komende vergadering", typed![0].Text);
        Assert.Single(w.Graph.Requests);
    }

    [Fact]
    public async Task A_403_on_the_move_sends_the_projectleider_to_the_admin_and_keeps_the_meeting_where_it_was()
    {
        var w = await WerkgroepAsync();
        var meeting = await w.PlannedAsync("AAMk-denied=", MondayEleven, TimeSpan.FromHours(1));
        var move = new JsonObject
        {
            ["verb"] = MeetingVerbs.Move,
            ["projectId"] = w.Project.Id,
            ["eventId"] = meeting.EventId,
            ["start"] = "2026-10-27T09:00:00.0000000+01:00",
            ["end"] = "2026-10-27T10:00:00.0000000+01:00",
        };
        w.Graph.Answer(HttpStatusCode.Forbidden, """{ "error": { "code": "ErrorAccessDenied", "message": "Access is denied. Check credentials and try again." } }""");

        var replies = await w.Conversation().HandleAsync(w.Say("", Friday, move), w.Marieke, CancellationToken.None);

        Assert.Contains("Vraag je Microsoft 365-beheerder", replies![0].Text);
        Assert.DoesNotContain("Exchange application access policy", replies[0].Text);
        Assert.Equal(MondayEleven, (await w.Meetings.GetAsync(new ProjectKey(MeetingExamples.TenantId, w.Project.Id), meeting.EventId, CancellationToken.None))!.Start);
        Assert.Empty(w.SentInChannel());
    }

    [Fact]
    public async Task Without_Graph_a_cancel_gives_a_METHOD_CANCEL_ics_with_the_same_UID()
    {
        var w = await WerkgroepAsync(linkChannel: false);
        var offered = await w.Conversation(withGraph: false).HandleAsync(w.Say("vergadering", Friday), w.Marieke, CancellationToken.None);
        var uid = (await w.OfferedIcsAsync(offered![1])).Split("\r\n").Single(l => l.StartsWith("UID:", StringComparison.Ordinal))[4..];
        await w.Conversation(withGraph: false).HandleAsync(w.Say("", Friday, MeetingExamples.Button(offered[2].Card!, "Uitnodiging verstuurd")), w.Marieke, CancellationToken.None);

        var choose = await w.Conversation(withGraph: false).HandleAsync(w.Say("vergadering annuleren", Friday), w.Marieke, CancellationToken.None);
        var cancel = await w.Conversation(withGraph: false).HandleAsync(w.Say("", Friday, MeetingExamples.Button(choose![0].Card!, "Annuleren")), w.Marieke, CancellationToken.None);

        Assert.Contains("De annulering van **Overleg KVU-werkgroep Zwolle** op vrijdag 23 oktober 2026 10:00–11:00 (Nederlandse tijd) staat hieronder als bestand", cancel![0].Text);
        Assert.Equal("annulering.ics", cancel[1].Attachment!.Name);
        var text = await w.OfferedIcsAsync(cancel[1]);
        Assert.Contains("METHOD:CANCEL\r\n", text);
        Assert.Contains($"UID:{uid}\r\n", text);
        Assert.Contains("SEQUENCE:1\r\n", text);
        Assert.Contains("STATUS:CANCELLED\r\n", text);
        Assert.Contains("DTSTART:20261023T080000Z", text); // Friday 10:00 CEST, the slot that was offered
        Assert.Empty(w.Graph.Requests);
        Assert.Empty(await w.Meetings.UpcomingAsync(new ProjectKey(MeetingExamples.TenantId, w.Project.Id), Friday, CancellationToken.None));
    }

    [Fact]
    public async Task In_English_the_reschedule_choice_is_in_English()
    {
        var w = await WerkgroepAsync();
        await w.PlannedAsync("AAMk-en=", MondayEleven, TimeSpan.FromHours(1));

        var choose = await w.Conversation().HandleAsync(w.Say("reschedule meeting", Friday, culture: "en-GB"), w.Marieke, CancellationToken.None);

        var card = choose![0].Card!;
        Assert.Contains("Which meeting do you want to reschedule?", MeetingExamples.Read(card));
        Assert.Contains("Monday 26 October 2026 11:00–12:00 (Dutch time)", MeetingExamples.Read(card));
        Assert.StartsWith("Reschedule: ", (string)card["actions"]![0]!["title"]!);
    }
}
