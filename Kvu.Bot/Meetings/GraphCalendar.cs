using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Calendar.GetSchedule;
using Microsoft.Graph.Users.Item.Events.Item.Cancel;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Kvu.Bot.Meetings;

/// <summary>
/// The only place that talks to Graph's calendar API (SDK types stay here). Every call maps Graph errors to a
/// GraphResult: the conversation decides what the projectleider reads.
/// </summary>
public sealed class GraphCalendar(GraphServiceClient graph, ILogger<GraphCalendar> logger)
{
    /// <summary>
    /// Which application permission each call needs (Graph reference "calendar: getSchedule" and "Create event");
    /// named in the 403 message.
    /// </summary>
    public const string ReadSchedulePermission = "Calendars.ReadBasic";
    public const string WriteEventsPermission = "Calendars.ReadWrite";

    /// <summary>
    /// Graph SDK 6.10 serialises the bodies of actions (getSchedule, cancel) with PascalCase property names
    /// ("Schedules", "Comment"); Graph's JSON is camelCase, so those two bodies are written here.
    /// </summary>
    private static readonly Dictionary<string, ParsableFactory<IParsable>> ErrorMapping = new()
    {
        ["XXX"] = ODataError.CreateFromDiscriminatorValue,
    };

    private const string LocalFormat = "yyyy-MM-dd'T'HH:mm:ss";

    /// <summary>
    /// getSchedule takes at most 20 schedules per request (Graph reference, "calendar: getSchedule"):
    /// larger werkgroepen are asked in chunks and the answers merged.
    /// </summary>
    public const int MaxSchedulesPerRequest = 20;

    /// <summary>
    /// POST /users/{organizer}/calendar/getSchedule — app-only free/busy (findMeetingTimes is delegated only).
    /// Asked and answered in UTC (Prefer: outlook.timezone="UTC") so no local time is ever parsed without a zone.
    /// </summary>
    public async Task<GraphResult<IReadOnlyList<AttendeeAvailability>>> GetAvailabilityAsync(
        string organizerId, IReadOnlyList<Invitee> invitees, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var addresses = invitees.Where(i => i.Address is not null).Select(i => i.Address!)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var schedules = new List<ScheduleInformation>();
        foreach (var chunk in addresses.Chunk(MaxSchedulesPerRequest))
        {
            var answer = await GetScheduleAsync(organizerId, chunk, from, to, ct);
            if (!answer.Succeeded)
            {
                return new(null, answer.Failure, answer.MissingPermission, answer.Detail);
            }

            schedules.AddRange(answer.Value?.Value ?? []);
        }

        var byAddress = schedules
            .Where(s => s.ScheduleId is not null)
            .GroupBy(s => s.ScheduleId!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

        var availability = new List<AttendeeAvailability>();
        foreach (var invitee in invitees)
        {
            if (invitee.Address is null)
            {
                availability.Add(new AttendeeAvailability(invitee.DisplayName, "", invitee.Required, [], "no e-mail address"));
                continue;
            }

            if (!byAddress.TryGetValue(invitee.Address, out var schedule))
            {
                availability.Add(new AttendeeAvailability(invitee.DisplayName, invitee.Address, invitee.Required, [], "not in Graph's answer"));
                continue;
            }

            // A schedule with an error (e.g. "The specified mailbox was not found") has no items: report it.
            if (schedule.Error is { } error)
            {
                availability.Add(new AttendeeAvailability(
                    invitee.DisplayName, invitee.Address, invitee.Required, [], error.Message ?? error.ResponseCode ?? "error"));
                continue;
            }

            var busy = (schedule.ScheduleItems ?? [])
                .Where(i => i.Status is not FreeBusyStatus.Free and not FreeBusyStatus.WorkingElsewhere)
                .Select(i => new BusyInterval(ParseUtc(i.Start), ParseUtc(i.End)))
                .ToList();
            availability.Add(new AttendeeAvailability(invitee.DisplayName, invitee.Address, invitee.Required, busy));
        }

        return GraphResult<IReadOnlyList<AttendeeAvailability>>.Ok(availability);
    }

    private async Task<GraphResult<GetSchedulePostResponse>> GetScheduleAsync(
        string organizerId, IReadOnlyList<string> addresses, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var body = new GetSchedulePostRequestBody
        {
            Schedules = [.. addresses],
            StartTime = Utc(from),
            EndTime = Utc(to),
            AvailabilityViewInterval = 30,
        };

        var request = graph.Users[organizerId].Calendar.GetSchedule.ToPostRequestInformation(
            body, rc => rc.Headers.Add("Prefer", "outlook.timezone=\"UTC\""));
        request.SetStreamContent(CamelCaseJson(new
        {
            schedules = body.Schedules,
            startTime = new { dateTime = body.StartTime.DateTime, timeZone = body.StartTime.TimeZone },
            endTime = new { dateTime = body.EndTime.DateTime, timeZone = body.EndTime.TimeZone },
            availabilityViewInterval = body.AvailabilityViewInterval,
        }), "application/json");
        return await CallAsync(ReadSchedulePermission, () =>
            graph.RequestAdapter.SendAsync(request, GetSchedulePostResponse.CreateFromDiscriminatorValue, ErrorMapping, ct));
    }

    /// <summary>
    /// POST /users/{organizer}/events with isOnlineMeeting + teamsForBusiness: a Teams meeting in the
    /// projectleider's calendar (Calendars.ReadWrite, app-only, scoped by an Exchange application access policy).
    /// </summary>
    public async Task<GraphResult<ScheduledMeeting>> CreateMeetingAsync(
        string organizerId, string subject, string bodyHtml, DateTimeOffset start, DateTimeOffset end,
        IReadOnlyList<Invitee> invitees, CancellationToken ct, int? repeatEveryWeeks = null)
    {
        var request = new Event
        {
            Subject = subject,
            Body = new ItemBody { ContentType = BodyType.Html, Content = bodyHtml },
            Start = Amsterdam(start),
            End = Amsterdam(end),
            IsOnlineMeeting = true,
            OnlineMeetingProvider = OnlineMeetingProviderType.TeamsForBusiness,
            AllowNewTimeProposals = true,
            Attendees = invitees
                .Where(i => i.Address is not null)
                .Select(i => new Attendee
                {
                    EmailAddress = new EmailAddress { Address = i.Address, Name = i.DisplayName },
                    Type = i.Required ? AttendeeType.Required : AttendeeType.Optional,
                })
                .ToList(),
            // A series "every N weeks" on the same weekday, without end (the werkgroep decides when it stops).
            Recurrence = repeatEveryWeeks is int weeks and > 0
                ? new PatternedRecurrence
                {
                    Pattern = new RecurrencePattern
                    {
                        Type = RecurrencePatternType.Weekly,
                        Interval = weeks,
                        DaysOfWeek = [Enum.Parse<Microsoft.Graph.Models.DayOfWeekObject>(DutchTime.Local(start).DayOfWeek.ToString())],
                    },
                    Range = new RecurrenceRange
                    {
                        Type = RecurrenceRangeType.NoEnd,
                        StartDate = new Microsoft.Kiota.Abstractions.Date(DutchTime.Local(start).DateTime),
                        RecurrenceTimeZone = DutchTime.GraphZoneName,
                    },
                }
                : null,
        };

        var result = await CallAsync(WriteEventsPermission, () => graph.Users[organizerId].Events.PostAsync(request, cancellationToken: ct));
        if (!result.Succeeded || result.Value?.Id is null)
        {
            return new(null, result.Succeeded ? GraphFailure.Other : result.Failure, result.MissingPermission, result.Detail);
        }

        return GraphResult<ScheduledMeeting>.Ok(new ScheduledMeeting(
            result.Value.Id, organizerId, subject, start, end, result.Value.OnlineMeeting?.JoinUrl));
    }

    /// <summary>PATCH /users/{organizer}/events/{id}: the same event moves, so attendees get an update, not a second invite.</summary>
    public async Task<GraphResult<ScheduledMeeting>> RescheduleAsync(
        ScheduledMeeting meeting, DateTimeOffset start, DateTimeOffset end, CancellationToken ct)
    {
        var patch = new Event { Start = Amsterdam(start), End = Amsterdam(end) };
        var result = await CallAsync(WriteEventsPermission, () =>
            graph.Users[meeting.OrganizerId].Events[meeting.EventId].PatchAsync(patch, cancellationToken: ct));
        return result.Succeeded
            ? GraphResult<ScheduledMeeting>.Ok(meeting with { Start = start, End = end, JoinUrl = result.Value?.OnlineMeeting?.JoinUrl ?? meeting.JoinUrl })
            : new(null, result.Failure, result.MissingPermission, result.Detail);
    }

    /// <summary>POST /users/{organizer}/events/{id}/cancel: attendees receive the cancellation with the comment.</summary>
    public async Task<GraphResult<bool>> CancelAsync(ScheduledMeeting meeting, string comment, CancellationToken ct)
    {
        var result = await CallAsync(WriteEventsPermission, async () =>
        {
            var request = graph.Users[meeting.OrganizerId].Events[meeting.EventId].Cancel.ToPostRequestInformation(
                new CancelPostRequestBody { Comment = comment });
            request.SetStreamContent(CamelCaseJson(new { comment }), "application/json");
            await graph.RequestAdapter.SendNoContentAsync(request, ErrorMapping, ct);
            return true;
        });
        return result;
    }

    private async Task<GraphResult<T>> CallAsync<T>(string permission, Func<Task<T?>> call)
    {
        try
        {
            return new GraphResult<T>(await call());
        }
        catch (ODataError error) when (error.ResponseStatusCode == 403)
        {
            // Missing application permission, or the mailbox is outside the Exchange application access policy.
            // The admin's message: the projectleider is only told to ask the admin for calendar access.
            logger.LogWarning("Graph refused a call needing {Permission}: {Code} {Message}. Grant the application permission with infra/grant-graph-permissions.sh and check that the mailbox is inside the Exchange application access policy",
                permission, error.Error?.Code, error.Error?.Message);
            return new GraphResult<T>(default, GraphFailure.Forbidden, permission, error.Error?.Message);
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            logger.LogWarning("Graph did not find the user or event: {Code} {Message}", error.Error?.Code, error.Error?.Message);
            return new GraphResult<T>(default, GraphFailure.NotFound, null, error.Error?.Message);
        }
        catch (ODataError error)
        {
            logger.LogWarning("Graph call failed with {Status}: {Code} {Message}", error.ResponseStatusCode, error.Error?.Code, error.Error?.Message);
            return new GraphResult<T>(default, GraphFailure.Other, null, error.Error?.Message);
        }
        catch (AggregateException error) when (error.InnerExceptions.Any(e => e is ApiException))
        {
            // The RetryHandler gave up after three 429/503/504 answers (each honouring Retry-After).
            logger.LogWarning("Graph stayed throttled after retries: {Message}", error.InnerException?.Message);
            return new GraphResult<T>(default, GraphFailure.Throttled);
        }
        catch (ApiException error) when (error.ResponseStatusCode is 429 or 503 or 504)
        {
            logger.LogWarning("Graph throttled: {Status}", error.ResponseStatusCode);
            return new GraphResult<T>(default, GraphFailure.Throttled);
        }
    }

    private static MemoryStream CamelCaseJson(object body) => new(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(body));

    private static DateTimeTimeZone Utc(DateTimeOffset instant) =>
        new() { DateTime = instant.UtcDateTime.ToString(LocalFormat, CultureInfo.InvariantCulture), TimeZone = "UTC" };

    private static DateTimeTimeZone Amsterdam(DateTimeOffset instant) =>
        new()
        {
            DateTime = DutchTime.Local(instant).DateTime.ToString(LocalFormat, CultureInfo.InvariantCulture),
            TimeZone = DutchTime.GraphZoneName,
        };

    /// <summary>Graph answers getSchedule in the zone we asked for (UTC), e.g. "2026-10-26T08:00:00.0000000".</summary>
    private static DateTimeOffset ParseUtc(DateTimeTimeZone? value)
    {
        var local = DateTime.Parse(value?.DateTime ?? throw new InvalidOperationException("Graph schedule item without time"),
            CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        return new DateTimeOffset(local, TimeSpan.Zero);
    }
}
