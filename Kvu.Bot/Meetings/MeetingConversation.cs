using System.Globalization;
using Kvu.Bot.Conversations;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Meetings;

// "vergadering ..." → proposals from the members' free/busy → the projectleider picks one → a Teams meeting in
// the projectleider's calendar, announced in the linked werkgroep channel.
public sealed class MeetingConversation(
    ProjectStore projects,
    ProjectAccessStore access,
    ConversationStore conversations,
    ProactiveSender sender,
    MeetingStore meetings,
    GraphCalendar? calendar,
    ILogger<MeetingConversation> logger) : IMessageFeature
{
    public async Task<IReadOnlyList<Reply>?> HandleAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken)
    {
        var isPick = input.Field("verb") == ProposalCard.PickVerb;
        var request = isPick ? null : MeetingCommand.Parse(input.Text);
        if (!isPick && request is null)
        {
            return null;
        }

        var c = input.Culture;
        if (user.ActiveProjectId is not { } projectId
            || await projects.GetAsync(input.User.TenantId, projectId, cancellationToken) is not { } project)
        {
            return [Reply.Say(MeetingTexts.NoProject(c))];
        }

        var role = (await access.GetAsync(input.User.TenantId, input.User.AadObjectId, projectId, cancellationToken))?.Role;
        if (role is not (ProjectAccessRole.Projectleider or ProjectAccessRole.Secretaris))
        {
            return [Reply.Say(MeetingTexts.NotAllowed(c))];
        }

        if (MeetingInvitees.OrganizerId(project) is not { } organizer)
        {
            return [Reply.Say(MeetingTexts.NoOrganizer(c))];
        }

        return isPick
            ? await CreateAsync(input, project, organizer, cancellationToken)
            : await ProposeAsync(input, request!, project, organizer, cancellationToken);
    }

    private async Task<IReadOnlyList<Reply>> ProposeAsync(
        FlowInput input, MeetingRequest request, KvuProject project, string organizer, CancellationToken ct)
    {
        var c = input.Culture;
        var invitees = MeetingInvitees.For(project);
        var firstDay = AmsterdamTime.Today(new FixedClock(input.Now));
        var from = AmsterdamTime.At(firstDay, TimeOnly.MinValue);
        var to = AmsterdamTime.At(firstDay.AddDays(request.WindowDays), TimeOnly.MinValue);

        if (calendar is null)
        {
            // Local development: no free/busy, so the first working-hour slot is offered as an .ics file.
            var slot = SlotFinder.Find(request, [], input.Now).FirstOrDefault();
            if (slot is null)
            {
                return [Reply.Say(MeetingTexts.NoSlots(c))];
            }

            var ics = IcsCalendar.Create($"{project.Id}-{slot.Start.ToUnixTimeSeconds()}@kvu.bot",
                MeetingTexts.Subject(c, request.Kind, project.Gemeente), slot.Start, slot.End, invitees, input.Now);
            return [Reply.Say(MeetingTexts.GraphNotConfigured(c) + "\n\n```\n" + ics + "```")];
        }

        var availability = await calendar.GetAvailabilityAsync(organizer, invitees, from, to, ct);
        if (!availability.Succeeded)
        {
            return [Reply.Say(FailureText(c, availability.Failure, availability.MissingPermission, availability.Detail))];
        }

        var slots = SlotFinder.Find(request, availability.Value!, input.Now);
        if (slots.Count == 0)
        {
            return [Reply.Say(MeetingTexts.NoSlots(c))];
        }

        var warnings = availability.Value!
            .Where(a => a.MailboxError is not null)
            .Select(a => MeetingTexts.Unreadable(c, a.DisplayName, a.MailboxError!))
            .ToList();
        return [Reply.Show(ProposalCard.Build(request.Kind, request.RepeatEveryWeeks, slots, warnings, c))];
    }

    private async Task<IReadOnlyList<Reply>> CreateAsync(FlowInput input, KvuProject project, string organizer, CancellationToken ct)
    {
        var c = input.Culture;
        if (calendar is null)
        {
            return [Reply.Say(MeetingTexts.GraphNotConfigured(c))];
        }

        var kind = Enum.TryParse<MeetingKind>(input.Field("kind"), out var k) ? k : MeetingKind.WerkgroepOverleg;
        var start = DateTimeOffset.Parse(input.Field("start")!, CultureInfo.InvariantCulture);
        var end = DateTimeOffset.Parse(input.Field("end")!, CultureInfo.InvariantCulture);
        var subject = MeetingTexts.Subject(c, kind, project.Gemeente);

        var created = await calendar.CreateMeetingAsync(organizer, subject, $"<p>{System.Net.WebUtility.HtmlEncode(subject)}</p>",
            start, end, MeetingInvitees.For(project), ct,
            int.TryParse(input.Field("everyWeeks"), CultureInfo.InvariantCulture, out var weeks) ? weeks : null);
        if (!created.Succeeded)
        {
            return [Reply.Say(FailureText(c, created.Failure, created.MissingPermission, created.Detail))];
        }

        var meeting = created.Value!;
        logger.LogInformation("Meeting {EventId} created for project {ProjectId} at {Start}", meeting.EventId, project.Id, meeting.Start);
        await meetings.SaveAsync(project.TenantId, project.Id, meeting, ct);
        var announcement = Reply.Say(MeetingTexts.Scheduled(c, subject, MeetingTexts.When(c, start, end), meeting.JoinUrl));

        var replies = new List<Reply> { announcement };
        if (project.Channel is { } channel
            && await conversations.GetAsync(project.TenantId, channel.ConversationId, ct) is { } address)
        {
            var sent = await sender.SendAsync(address, [announcement], ct);
            logger.LogInformation("Meeting announcement for {ProjectId} in the werkgroep channel: {Outcome}", project.Id, sent.Outcome);
        }
        else
        {
            replies.Add(Reply.Say(MeetingTexts.NotPostedInChannel(c)));
        }

        return replies;
    }

    private static string FailureText(CultureInfo c, GraphFailure failure, string? permission, string? detail) => failure switch
    {
        GraphFailure.Forbidden => MeetingTexts.Forbidden(c, permission ?? GraphCalendar.WriteEventsPermission),
        GraphFailure.Throttled => MeetingTexts.Throttled(c),
        _ => MeetingTexts.Failed(c, detail),
    };

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
