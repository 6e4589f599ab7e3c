using Kvu.Bot.Conversations;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Files;
using Kvu.Bot.Formation;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Meetings;

/// <summary>
/// "vergadering ..." → proposals from the members' free/busy → the projectleider picks one → a Teams meeting in
/// the projectleider's calendar, announced in the linked werkgroep channel with "Verzetten"/"Annuleren" buttons.
/// "vergadering verzetten" / "vergadering annuleren" (or those buttons) change that same Graph event: PATCH with
/// the new start/end, or its cancel action, so attendees get an update rather than a second invitation.
/// Without Graph every step is offered as an iCalendar file instead (same UID, rising SEQUENCE, METHOD:CANCEL), which
/// the projectleider sends from Outlook; a new meeting is planned only once they say they sent it.
/// </summary>
public sealed class MeetingConversation(
    ProjectStore projects,
    ProjectAccessStore access,
    ConversationStore conversations,
    ProactiveSender sender,
    MeetingStore meetings,
    GraphCalendar? calendar,
    FileDelivery files,
    ILogger<MeetingConversation> logger) : IMessageFeature
{
    /// <summary>Reschedule proposals look this many days ahead.</summary>
    public const int RescheduleWindowDays = 10;

    public IReadOnlyCollection<string> Verbs => MeetingVerbs.All;

    public MessageRank? Rank(FlowInput input, UserConversation user) =>
        input.Data is null && (MeetingCommand.ParseChange(input.Text) is not null || MeetingCommand.Parse(input.Text) is not null) ? MessageRank.Command : null;

    public async Task<IReadOnlyList<Reply>?> HandleAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken)
    {
        var verb = input.Verb;
        var change = input.Data is null ? MeetingCommand.ParseChange(input.Text) : null;
        var request = input.Data is null && change is null ? MeetingCommand.Parse(input.Text) : null;
        if (!MeetingVerbs.All.Contains(verb) && change is null && request is null)
        {
            return null;
        }

        var c = input.Culture;
        // A button in the channel carries its project; a typed command works on the user's active project.
        var projectId = input.Field(MeetingVerbs.ProjectField) ?? user.ActiveProjectId;
        if (projectId is null
            || await projects.GetAsync(new ProjectKey(input.User.TenantId, projectId), cancellationToken) is not { } project)
        {
            return [Reply.Say(MeetingText.Get(MeetingText.NoProject, c))];
        }

        if (!await access.MayManageAsync(input.User.TenantId, input.User.Key, projectId, cancellationToken))
        {
            return [Reply.Say(MeetingText.Get(MeetingText.NotAllowed, c))];
        }

        if (project.IsArchived)
        {
            return [Reply.Say(FormationText.RuleMessage(FormationRuleCode.ProjectArchived, c))];
        }

        if (MeetingInvitees.OrganizerId(project) is not { } organizer)
        {
            return [Reply.Say(MeetingText.Get(MeetingText.NoOrganizer, c))];
        }

        return (verb, change) switch
        {
            (MeetingVerbs.Pick, _) => await CreateAsync(input, project, organizer, cancellationToken),
            (MeetingVerbs.Reschedule, _) => await WithMeetingAsync(input, project, m => ProposeMoveAsync(input, project, organizer, m, cancellationToken), cancellationToken),
            (MeetingVerbs.Move, _) => await WithMeetingAsync(input, project, m => MoveAsync(input, project, m, cancellationToken), cancellationToken),
            (MeetingVerbs.Cancel, _) => await WithMeetingAsync(input, project, m => CancelAsync(input, project, m, cancellationToken), cancellationToken),
            (MeetingVerbs.Sent, _) => await WithMeetingAsync(input, project, m => ConfirmSentAsync(input, project, m, cancellationToken), cancellationToken),
            (_, { } wanted) => await ChooseAsync(input, project, wanted, cancellationToken),
            _ => await ProposeAsync(input, request!, project, organizer, cancellationToken),
        };
    }

    private async Task<IReadOnlyList<Reply>> ProposeAsync(
        FlowInput input, MeetingRequest request, KvuProject project, string organizer, CancellationToken ct)
    {
        var c = input.Culture;
        var invitees = MeetingInvitees.For(project);
        if (calendar is null)
        {
            // No free/busy, so the first working-hour slot is offered as an .ics file. It is kept like a Graph meeting
            // (UID as id) so that it can be moved or cancelled with the same UID later, but not as planned until the
            // projectleider says they sent it.
            var slot = SlotFinder.Find(request, [], input.Now).FirstOrDefault();
            if (slot is null)
            {
                return [Reply.Say(MeetingText.Get(MeetingText.NoSlots, c))];
            }

            var subject = MeetingFormat.Subject(c, request.Kind, project.Gemeente);
            var meeting = new ScheduledMeeting($"{project.Id}-{slot.Start.ToUnixTimeSeconds()}@kvu.bot", organizer, subject, slot.Start, slot.End, null) { ViaIcs = true, AwaitingSend = true };
            await meetings.SaveAsync(project.Key, meeting, ct);
            return [.. await IcsAsync(input, project, meeting, MeetingText.GraphNotConfigured, MeetingText.IcsFileName, cancel: false, ct), Reply.Show(MeetingCard.ConfirmSent(project.Id, meeting, c))];
        }

        var (slots, warnings, failure) = await FindSlotsAsync(input, request, organizer, invitees, ct);
        if (failure is not null)
        {
            return [failure];
        }

        return [Reply.Show(ProposalCard.Build(request.Kind, request.RepeatEveryWeeks, slots, warnings, c, project.Id))];
    }

    /// <summary>Free/busy of the current werkgroep for the window from today, then up to three proposals.</summary>
    private async Task<(IReadOnlyList<SlotProposal> Slots, IReadOnlyList<string> Warnings, Reply? Failure)> FindSlotsAsync(
        FlowInput input, MeetingRequest request, string organizer, IReadOnlyList<Invitee> invitees, CancellationToken ct)
    {
        var c = input.Culture;
        IReadOnlyList<AttendeeAvailability> known = [];
        if (calendar is not null)
        {
            var firstDay = DutchTime.Date(input.Now);
            var from = DutchTime.At(firstDay, TimeOnly.MinValue);
            var to = DutchTime.At(firstDay.AddDays(request.WindowDays), TimeOnly.MinValue);
            await input.Working.ShowAsync(ct);
            var availability = await calendar.GetAvailabilityAsync(organizer, invitees, from, to, ct);
            if (!availability.Succeeded)
            {
                return ([], [], Reply.Say(MeetingFormat.Failure(c, availability.Failure, availability.MissingPermission, availability.Detail)));
            }

            known = availability.Value!;
        }

        var slots = SlotFinder.Find(request, known, input.Now);
        if (slots.Count == 0)
        {
            return ([], [], Reply.Say(MeetingText.Get(MeetingText.NoSlots, c)));
        }

        var warnings = known
            .Where(a => a.MailboxError is not null)
            .Select(a => MeetingText.Format(MeetingText.Unreadable, c, a.DisplayName, a.MailboxError!))
            .ToList();
        return (slots, warnings, null);
    }

    private async Task<IReadOnlyList<Reply>> CreateAsync(FlowInput input, KvuProject project, string organizer, CancellationToken ct)
    {
        var c = input.Culture;
        if (calendar is null)
        {
            return [Reply.Say(MeetingText.Get(MeetingText.GraphNotConfiguredPick, c))];
        }

        if (!TryReadSlot(input, out var start, out var end))
        {
            return [Reply.Say(MeetingText.Get(MeetingText.MeetingGone, c))];
        }

        var kind = Enum.TryParse<MeetingKind>(input.Field("kind"), out var k) ? k : MeetingKind.WerkgroepOverleg;
        var subject = MeetingFormat.Subject(c, kind, project.Gemeente);

        await input.Working.ShowAsync(ct);
        var created = await calendar.CreateMeetingAsync(organizer, subject, $"<p>{System.Net.WebUtility.HtmlEncode(subject)}</p>",
            start, end, MeetingInvitees.For(project), ct,
            int.TryParse(input.Field("everyWeeks"), CultureInfo.InvariantCulture, out var weeks) ? weeks : null);
        if (!created.Succeeded)
        {
            return [Reply.Say(MeetingFormat.Failure(c, created.Failure, created.MissingPermission, created.Detail))];
        }

        var meeting = created.Value!;
        logger.LogInformation("Meeting {EventId} created for project {ProjectId} at {Start}", meeting.EventId, project.Id, meeting.Start);
        await meetings.SaveAsync(project.Key, meeting, ct);
        var text = MeetingFormat.Scheduled(c, subject, MeetingFormat.When(c, start, end), meeting.JoinUrl);
        return await AnnounceAsync(project, Reply.Say(text), new Reply(Card: MeetingCard.Planned(project.Id, meeting, text, c)), c, ct);
    }

    private async Task<IReadOnlyList<Reply>> ChooseAsync(FlowInput input, KvuProject project, MeetingChange change, CancellationToken ct)
    {
        var upcoming = await meetings.UpcomingAsync(project.Key, input.Now, ct);
        return upcoming.Count == 0
            ? [Reply.Say(MeetingText.Get(MeetingText.NoMeetings, input.Culture))]
            : [Reply.Show(MeetingCard.Choose(project.Id, upcoming, change, input.Culture))];
    }

    private async Task<IReadOnlyList<Reply>> WithMeetingAsync(FlowInput input, KvuProject project, Func<ScheduledMeeting, Task<IReadOnlyList<Reply>>> then, CancellationToken ct)
    {
        var meeting = input.Field(MeetingVerbs.EventField) is { } eventId
            ? await meetings.GetAsync(project.Key, eventId, ct)
            : null;
        return meeting is null || meeting.Cancelled || meeting.End <= input.Now
            ? [Reply.Say(MeetingText.Get(MeetingText.MeetingGone, input.Culture))]
            : await then(meeting);
    }

    private async Task<IReadOnlyList<Reply>> ProposeMoveAsync(FlowInput input, KvuProject project, string organizer, ScheduledMeeting meeting, CancellationToken ct)
    {
        var request = new MeetingRequest(MeetingKind.WerkgroepOverleg, meeting.End - meeting.Start, RescheduleWindowDays);
        var (slots, warnings, failure) = await FindSlotsAsync(input, request, organizer, MeetingInvitees.For(project), ct);
        return failure is not null ? [failure] : [Reply.Show(ProposalCard.BuildMove(project.Id, meeting, slots, warnings, input.Culture))];
    }

    private async Task<IReadOnlyList<Reply>> MoveAsync(FlowInput input, KvuProject project, ScheduledMeeting meeting, CancellationToken ct)
    {
        var c = input.Culture;
        if (!TryReadSlot(input, out var start, out var end))
        {
            return [Reply.Say(MeetingText.Get(MeetingText.MeetingGone, c))];
        }

        if (meeting.ViaIcs)
        {
            var saved = await SaveChangeAsync(project, meeting, m => m with { Start = start, End = end, Sequence = m.Sequence + 1 }, ct);
            return await IcsAsync(input, project, saved, MeetingText.IcsUpdated, MeetingText.IcsFileName, cancel: false, ct);
        }

        if (calendar is null)
        {
            return [Reply.Say(MeetingText.Get(MeetingText.GraphNotConfiguredPick, c))];
        }

        await input.Working.ShowAsync(ct);
        var moved = await calendar.RescheduleAsync(meeting, start, end, ct);
        if (!moved.Succeeded)
        {
            return [Reply.Say(MeetingFormat.Failure(c, moved.Failure, moved.MissingPermission, moved.Detail))];
        }

        var joinUrl = moved.Value!.JoinUrl;
        var after = await SaveChangeAsync(project, meeting, m => m with { Start = start, End = end, JoinUrl = joinUrl, Sequence = m.Sequence + 1 }, ct);
        logger.LogInformation("Meeting {EventId} of project {ProjectId} moved to {Start}", meeting.EventId, project.Id, start);
        var text = MeetingText.Format(MeetingText.Rescheduled, c, meeting.Subject, MeetingFormat.When(c, start, end))
            + (joinUrl is null ? "" : MeetingText.Format(MeetingText.JoinLink, c, joinUrl));
        return await AnnounceAsync(project, Reply.Say(text), new Reply(Card: MeetingCard.Planned(project.Id, after, text, c)), c, ct);
    }

    private async Task<IReadOnlyList<Reply>> CancelAsync(FlowInput input, KvuProject project, ScheduledMeeting meeting, CancellationToken ct)
    {
        var c = input.Culture;
        if (meeting.ViaIcs)
        {
            var saved = await SaveChangeAsync(project, meeting, m => m with { Cancelled = true, Sequence = m.Sequence + 1 }, ct);
            return await IcsAsync(input, project, saved, MeetingText.GraphNotConfiguredCancel, MeetingText.IcsCancelFileName, cancel: true, ct);
        }

        if (calendar is null)
        {
            return [Reply.Say(MeetingText.Get(MeetingText.GraphNotConfiguredPick, c))];
        }

        // Graph documents the cancel action for the organiser: attendees receive the cancellation with this comment.
        await input.Working.ShowAsync(ct);
        var cancelled = await calendar.CancelAsync(meeting, MeetingText.Format(MeetingText.CancelComment, c, input.User.DisplayName), ct);
        if (!cancelled.Succeeded)
        {
            return [Reply.Say(MeetingFormat.Failure(c, cancelled.Failure, cancelled.MissingPermission, cancelled.Detail))];
        }

        await SaveChangeAsync(project, meeting, m => m with { Cancelled = true }, ct);
        logger.LogInformation("Meeting {EventId} of project {ProjectId} cancelled", meeting.EventId, project.Id);
        var text = MeetingText.Format(MeetingText.Cancelled, c, meeting.Subject, MeetingFormat.When(c, meeting.Start, meeting.End));
        return await AnnounceAsync(project, Reply.Say(text), Reply.Say(text), c, ct);
    }

    /// <summary>
    /// "Uitnodiging verstuurd": the projectleider sent the .ics from Outlook. Only now is the meeting planned: the
    /// clicked card says so, and the werkgroep's channel hears it, with the buttons to move or cancel it.
    /// </summary>
    private async Task<IReadOnlyList<Reply>> ConfirmSentAsync(FlowInput input, KvuProject project, ScheduledMeeting meeting, CancellationToken ct)
    {
        var c = input.Culture;
        var saved = meeting.AwaitingSend ? await SaveChangeAsync(project, meeting, m => m with { AwaitingSend = false }, ct) : meeting;
        var text = MeetingFormat.Scheduled(c, saved.Subject, MeetingFormat.When(c, saved.Start, saved.End), null);
        return [Reply.ReplaceClicked(AdaptiveCard.Create([CardElements.Text(text)])), .. await AnnounceAsync(project, Reply.Say(text), new Reply(Card: MeetingCard.Planned(project.Id, saved, text, c)), c, ct)];
    }

    /// <summary>The projectleider sends the invitation from their own Outlook: they are its organiser.</summary>
    private static Invitee? Organizer(KvuProject project, FlowInput input)
    {
        var leider = project.Projectleider?.Person;
        var address = string.IsNullOrWhiteSpace(leider?.Email) ? input.User.Email : leider.Email;
        return string.IsNullOrWhiteSpace(address) ? null : new Invitee(leider?.DisplayName ?? input.User.DisplayName, address.Trim(), Required: true);
    }

    /// <summary>
    /// A meeting kept without Graph goes out as an .ics the projectleider sends on from their own Outlook: what the bot
    /// says (<paramref name="said"/> with the subject and when) and the file. A move or cancellation carries the
    /// meeting's next sequence number under the same UID, so calendars replace the copy they hold.
    /// </summary>
    private async Task<IReadOnlyList<Reply>> IcsAsync(FlowInput input, KvuProject project, ScheduledMeeting meeting, string said, string fileName, bool cancel, CancellationToken ct)
    {
        var c = input.Culture;
        var ics = IcsCalendar.Create(meeting.EventId, meeting.Subject, meeting.Start, meeting.End, Organizer(project, input), MeetingInvitees.For(project), input.Now, meeting.Sequence, cancel);
        var when = MeetingFormat.When(c, meeting.Start, meeting.End);
        return
        [
            Reply.Say(MeetingText.Format(said, c, meeting.Subject, when)),
            await OfferAsync(input, MeetingText.Get(fileName, c), ics, $"{meeting.Subject}, {when}", ct),
        ];
    }

    /// <summary>The .ics as a file in the projectleider's chat (Teams' file consent: it lands in their OneDrive and opens in Outlook).</summary>
    private Task<Reply> OfferAsync(FlowInput input, string fileName, string ics, string description, CancellationToken ct) =>
        files.OfferAsync(input, new FileOffer(fileName, IcsCalendar.ContentType, IcsCalendar.Bytes(ics), description), ct);

    /// <summary>
    /// The change is already made in Graph; the store follows under the ETag it read, re-reading on a 412 (the
    /// summary loop may have claimed the meeting in between) so that neither write is lost.
    /// </summary>
    private async Task<ScheduledMeeting> SaveChangeAsync(KvuProject project, ScheduledMeeting meeting, Func<ScheduledMeeting, ScheduledMeeting> change, CancellationToken ct)
    {
        var current = meeting;
        for (var attempt = 1; ; attempt++)
        {
            if (await meetings.UpdateAsync(project.Key, current, change(current), ct) is { } saved)
            {
                return saved;
            }

            current = await meetings.GetAsync(project.Key, meeting.EventId, ct)
                ?? throw new InvalidOperationException($"Meeting {meeting.EventId} of project {project.Id} disappeared while it was being changed.");
            if (attempt == 5)
            {
                throw new InvalidOperationException($"Meeting {meeting.EventId} of project {project.Id} kept changing; gave up after {attempt} attempts.");
            }
        }
    }

    /// <summary>The user sees the text; the linked werkgroep channel gets the post (a card with the buttons, where there is one).</summary>
    private async Task<IReadOnlyList<Reply>> AnnounceAsync(KvuProject project, Reply toUser, Reply toChannel, CultureInfo c, CancellationToken ct)
    {
        var replies = new List<Reply> { toUser };
        if (project.Channel is { } channel
            && await conversations.GetAsync(project.TenantId, channel.ConversationId, ct) is { } address)
        {
            var sent = await sender.SendAsync(address, [toChannel], ct);
            logger.LogInformation("Meeting post for {ProjectId} in the werkgroep channel: {Outcome}", project.Id, sent.Outcome);
        }
        else
        {
            replies.Add(Reply.Say(MeetingText.Get(MeetingText.NotPostedInChannel, c)));
        }

        return replies;
    }

    private static bool TryReadSlot(FlowInput input, out DateTimeOffset start, out DateTimeOffset end)
    {
        end = default;
        return DateTimeOffset.TryParse(input.Field("start"), CultureInfo.InvariantCulture, DateTimeStyles.None, out start)
            && DateTimeOffset.TryParse(input.Field("end"), CultureInfo.InvariantCulture, DateTimeStyles.None, out end)
            && end > start;
    }
}
