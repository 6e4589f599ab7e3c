using System.Net;
using Kvu.Bot.Meetings;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kvu.Bot.Tests.Meetings;

public class GraphCalendarTests
{
    private readonly RecordingGraphHandler graph = new();

    private GraphCalendar Calendar() =>
        new(GraphClientBuilder.Create(new StaticTokenCredential(), graph), NullLogger<GraphCalendar>.Instance);

    private static readonly Invitee Anna = new("Anna de Boer", "anna@zwolle.nl", true);
    private static readonly Invitee Piet = new("Piet Cafébaas", "piet@cafe-zwolle.nl", true);
    private static readonly Invitee Adviser = new("Regioadviseur KHN", "regio@khn.nl", false);

    /// <summary>Shaped like the response example of "calendar: getSchedule" in Microsoft's Graph reference, asked in UTC.</summary>
    private const string ScheduleAnswer = """
        {
          "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.scheduleInformation)",
          "value": [
            {
              "scheduleId": "anna@zwolle.nl",
              "availabilityView": "000220000",
              "scheduleItems": [
                { "isPrivate": false, "status": "busy", "subject": "", "location": "",
                  "start": { "dateTime": "2026-10-26T08:00:00.0000000", "timeZone": "UTC" },
                  "end": { "dateTime": "2026-10-26T10:00:00.0000000", "timeZone": "UTC" } },
                { "isPrivate": false, "status": "free", "subject": "", "location": "",
                  "start": { "dateTime": "2026-10-26T12:00:00.0000000", "timeZone": "UTC" },
                  "end": { "dateTime": "2026-10-26T13:00:00.0000000", "timeZone": "UTC" } }
              ],
              "workingHours": { "daysOfWeek": ["monday","tuesday","wednesday","thursday","friday"],
                "startTime": "08:00:00.0000000", "endTime": "17:00:00.0000000",
                "timeZone": { "name": "W. Europe Standard Time" } }
            },
            {
              "scheduleId": "piet@cafe-zwolle.nl",
              "availabilityView": "",
              "error": { "message": "The specified mailbox was not found", "responseCode": "ErrorMailRecipientNotFound" }
            }
          ]
        }
        """;

    [Fact]
    public async Task GetSchedule_posts_the_addresses_in_UTC_and_reports_a_member_without_a_mailbox()
    {
        graph.Answer(HttpStatusCode.OK, ScheduleAnswer);
        var noAddress = new Invitee("Jan zonder mail", null, true);

        var result = await Calendar().GetAvailabilityAsync("pl@zwolle.nl", [Anna, Piet, noAddress],
            DateTimeOffset.Parse("2026-10-26T00:00:00+01:00"), DateTimeOffset.Parse("2026-10-31T00:00:00+01:00"), CancellationToken.None);

        var request = Assert.Single(graph.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1.0/users/pl@zwolle.nl/calendar/getSchedule", Uri.UnescapeDataString(request.Uri.AbsolutePath));
        Assert.Equal("Bearer " + StaticTokenCredential.Token, request.Headers["Authorization"]);
        Assert.Contains("outlook.timezone=\"UTC\"", request.Headers["Prefer"]);
        Assert.Equal(["anna@zwolle.nl", "piet@cafe-zwolle.nl"], request.Json["schedules"]!.AsArray().Select(n => (string)n!));
        Assert.Equal("2026-10-25T23:00:00", (string)request.Json["startTime"]!["dateTime"]!);
        Assert.Equal("UTC", (string)request.Json["startTime"]!["timeZone"]!);
        Assert.Equal(30, (int)request.Json["availabilityViewInterval"]!);

        Assert.True(result.Succeeded);
        var anna = result.Value!.Single(a => a.DisplayName == Anna.DisplayName);
        var busy = Assert.Single(anna.Busy); // the "free" item is not busy
        Assert.Equal(DateTimeOffset.Parse("2026-10-26T09:00:00+01:00"), busy.Start);
        Assert.Equal("The specified mailbox was not found", result.Value!.Single(a => a.DisplayName == Piet.DisplayName).MailboxError);
        Assert.Equal("no e-mail address", result.Value!.Single(a => a.DisplayName == "Jan zonder mail").MailboxError);
    }

    /// <summary>Shaped like the "Create event" online-meeting example in Microsoft's Graph reference.</summary>
    private const string CreatedEvent = """
        {
          "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('pl%40zwolle.nl')/events/$entity",
          "id": "AAMkADc3MWUyMGQ5LTY3YjgtNDk0Mi04ODgyLWQ1ZWZjNjg2ZjgyNwBGAAAAAAA=",
          "subject": "Kick-off werkgroep KVU Zwolle",
          "isOnlineMeeting": true,
          "onlineMeetingProvider": "teamsForBusiness",
          "start": { "dateTime": "2026-10-26T09:00:00.0000000", "timeZone": "W. Europe Standard Time" },
          "end": { "dateTime": "2026-10-26T11:00:00.0000000", "timeZone": "W. Europe Standard Time" },
          "onlineMeeting": { "joinUrl": "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0" }
        }
        """;

    [Fact]
    public async Task Create_makes_a_Teams_meeting_in_Amsterdam_time_with_required_and_optional_attendees()
    {
        graph.Answer(HttpStatusCode.Created, CreatedEvent);
        var start = DateTimeOffset.Parse("2026-10-26T08:00:00Z"); // 09:00 in Amsterdam, the Monday after DST ends

        var result = await Calendar().CreateMeetingAsync("pl@zwolle.nl", "Kick-off werkgroep KVU Zwolle", "<p>Agenda</p>",
            start, start.AddHours(2), [Anna, Adviser, new Invitee("Jan zonder mail", null, true)], CancellationToken.None);

        var request = Assert.Single(graph.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1.0/users/pl@zwolle.nl/events", Uri.UnescapeDataString(request.Uri.AbsolutePath));
        var body = request.Json;
        Assert.True((bool)body["isOnlineMeeting"]!);
        Assert.Equal("teamsForBusiness", (string)body["onlineMeetingProvider"]!);
        Assert.Equal("2026-10-26T09:00:00", (string)body["start"]!["dateTime"]!);
        Assert.Equal("W. Europe Standard Time", (string)body["start"]!["timeZone"]!);
        Assert.Equal("2026-10-26T11:00:00", (string)body["end"]!["dateTime"]!);
        var attendees = body["attendees"]!.AsArray();
        Assert.Equal(2, attendees.Count);
        Assert.Equal("required", (string)attendees[0]!["type"]!);
        Assert.Equal("anna@zwolle.nl", (string)attendees[0]!["emailAddress"]!["address"]!);
        Assert.Equal("optional", (string)attendees[1]!["type"]!);

        Assert.Null(body["recurrence"]);
        Assert.True(result.Succeeded);
        Assert.Equal("https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0", result.Value!.JoinUrl);
        Assert.StartsWith("AAMkADc3", result.Value.EventId);
    }

    [Fact]
    public async Task A_series_every_two_weeks_recurs_weekly_with_interval_two_on_that_weekday_in_Amsterdam()
    {
        graph.Answer(HttpStatusCode.Created, CreatedEvent);
        var start = DateTimeOffset.Parse("2026-10-26T08:00:00Z");

        await Calendar().CreateMeetingAsync("pl@zwolle.nl", "Overleg", "", start, start.AddHours(1), [Anna], CancellationToken.None, repeatEveryWeeks: 2);

        var recurrence = graph.Requests[0].Json["recurrence"]!;
        Assert.Equal("weekly", (string)recurrence["pattern"]!["type"]!);
        Assert.Equal(2, (int)recurrence["pattern"]!["interval"]!);
        Assert.Equal("monday", (string)recurrence["pattern"]!["daysOfWeek"]![0]!);
        Assert.Equal("noEnd", (string)recurrence["range"]!["type"]!);
        Assert.Equal("2026-10-26", (string)recurrence["range"]!["startDate"]!);
    }

    [Fact]
    public async Task A_429_is_retried_after_Retry_After_and_then_succeeds()
    {
        graph.Answer(HttpStatusCode.TooManyRequests,
                """{ "error": { "code": "ApplicationThrottled", "message": "Application is over its MailboxConcurrency limit." } }""",
                ("Retry-After", "0"))
            .Answer(HttpStatusCode.Created, CreatedEvent);

        var start = DateTimeOffset.Parse("2026-10-26T08:00:00Z");
        var result = await Calendar().CreateMeetingAsync("pl@zwolle.nl", "Kick-off", "", start, start.AddHours(1), [Anna], CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(2, graph.Requests.Count);
        Assert.Equal(graph.Requests[0].Body, graph.Requests[1].Body);
        Assert.Equal("1", graph.Requests[1].Headers["Retry-Attempt"]);
    }

    [Fact]
    public async Task A_403_names_the_permission_the_admin_must_grant()
    {
        graph.Answer(HttpStatusCode.Forbidden,
            """{ "error": { "code": "ErrorAccessDenied", "message": "Access is denied. Check credentials and try again." } }""");

        var start = DateTimeOffset.Parse("2026-10-26T08:00:00Z");
        var result = await Calendar().CreateMeetingAsync("pl@zwolle.nl", "Kick-off", "", start, start.AddHours(1), [Anna], CancellationToken.None);

        Assert.Equal(GraphFailure.Forbidden, result.Failure);
        Assert.Equal("Calendars.ReadWrite", result.MissingPermission);
    }

    [Fact]
    public async Task Reschedule_patches_the_same_event_and_cancel_posts_to_its_cancel_action()
    {
        graph.Answer(HttpStatusCode.OK, CreatedEvent).Answer(HttpStatusCode.Accepted, "");
        var meeting = new ScheduledMeeting("AAMk=", "pl@zwolle.nl", "Overleg",
            DateTimeOffset.Parse("2026-10-26T09:00:00+01:00"), DateTimeOffset.Parse("2026-10-26T10:00:00+01:00"), "https://join");

        var moved = await Calendar().RescheduleAsync(meeting,
            DateTimeOffset.Parse("2026-10-27T14:00:00+01:00"), DateTimeOffset.Parse("2026-10-27T15:00:00+01:00"), CancellationToken.None);
        var cancelled = await Calendar().CancelAsync(meeting, "Gaat niet door", CancellationToken.None);

        Assert.Equal("PATCH", graph.Requests[0].Method);
        Assert.Equal("/v1.0/users/pl@zwolle.nl/events/AAMk=", Uri.UnescapeDataString(graph.Requests[0].Uri.AbsolutePath));
        Assert.Equal("2026-10-27T14:00:00", (string)graph.Requests[0].Json["start"]!["dateTime"]!);
        Assert.True(moved.Succeeded);
        Assert.Equal("POST", graph.Requests[1].Method);
        Assert.Equal("/v1.0/users/pl@zwolle.nl/events/AAMk=/cancel", Uri.UnescapeDataString(graph.Requests[1].Uri.AbsolutePath));
        Assert.Equal("Gaat niet door", (string)graph.Requests[1].Json["comment"]!);
        Assert.True(cancelled.Succeeded);
    }

    [Fact]
    public async Task A_werkgroep_of_25_is_asked_in_two_getSchedule_requests_and_the_answers_are_merged()
    {
        var members = Enumerable.Range(1, 25).Select(i => new Invitee($"Lid {i}", $"lid{i}@zwolle.nl", true)).ToList();
        static string Answer(IEnumerable<int> numbers) => new System.Text.Json.Nodes.JsonObject
        {
            ["value"] = new System.Text.Json.Nodes.JsonArray([.. numbers.Select(i => System.Text.Json.Nodes.JsonNode.Parse(
                "{ \"scheduleId\": \"lid" + i + "@zwolle.nl\", \"availabilityView\": \"\", \"scheduleItems\": [ { \"status\": \"busy\", "
                + "\"start\": { \"dateTime\": \"2026-10-26T08:00:00.0000000\", \"timeZone\": \"UTC\" }, "
                + "\"end\": { \"dateTime\": \"2026-10-26T09:00:00.0000000\", \"timeZone\": \"UTC\" } } ] }"))]),
        }.ToJsonString();
        graph.Answer(HttpStatusCode.OK, Answer(Enumerable.Range(1, 20))).Answer(HttpStatusCode.OK, Answer(Enumerable.Range(21, 5)));

        var result = await Calendar().GetAvailabilityAsync("pl@zwolle.nl", members,
            DateTimeOffset.Parse("2026-10-26T00:00:00+01:00"), DateTimeOffset.Parse("2026-10-31T00:00:00+01:00"), CancellationToken.None);

        Assert.Equal(2, graph.Requests.Count);
        Assert.Equal(members.Take(20).Select(m => m.Address), graph.Requests[0].Json["schedules"]!.AsArray().Select(n => (string?)n));
        Assert.Equal(members.Skip(20).Select(m => m.Address), graph.Requests[1].Json["schedules"]!.AsArray().Select(n => (string?)n));
        Assert.All(graph.Requests, r => Assert.Equal("/v1.0/users/pl@zwolle.nl/calendar/getSchedule", Uri.UnescapeDataString(r.Uri.AbsolutePath)));
        Assert.Equal(25, result.Value!.Count);
        Assert.All(result.Value!, a => Assert.Null(a.MailboxError)); // every member found in one of the two answers
        Assert.All(result.Value!, a => Assert.Equal(DateTimeOffset.Parse("2026-10-26T09:00:00+01:00"), Assert.Single(a.Busy).Start));
    }
}
