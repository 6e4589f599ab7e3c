using System.Globalization;
using Kvu.Bot.Approvals;
using Kvu.Bot.Formation;
using Kvu.Bot.Meetings;
using Microsoft.Extensions.Options;

namespace Kvu.Bot.StatusPosts;

/// <summary>
/// Reads what the weekly status shows beyond the project itself, through the other features' stores (read only):
/// meetings held since the last post and planned in the coming weeks, open group decisions with the members who
/// have not approved, and invitations left unanswered longer than the reminder period.
/// </summary>
public sealed class StatusFacts(MeetingStore meetings, ApprovalStore approvals, InvitationStore invitations, IOptions<ApprovalsOptions> approvalOptions)
{
    /// <summary>How far ahead a meeting counts as "planned".</summary>
    public static readonly TimeSpan PlannedHorizon = TimeSpan.FromDays(28);

    /// <summary>Meetings read per post; the section shows fewer (a busy month must not make the card or the run heavy).</summary>
    public const int MaxMeetings = 10;

    public async Task<StatusContext> LoadAsync(KvuProject project, DateTimeOffset since, DateTimeOffset now, CultureInfo culture, CancellationToken cancellationToken)
    {
        var days = approvalOptions.Value.ReminderAfterDays;
        var lateBefore = now - TimeSpan.FromDays(days);
        return new StatusContext(project, since, now, culture)
        {
            Meetings = await MeetingsAsync(project, since, now, cancellationToken),
            Approvals = await ApprovalsAsync(project, lateBefore, cancellationToken),
            OverdueInvitees = await OverdueInviteesAsync(project, lateBefore, cancellationToken),
            ReminderAfterDays = days,
        };
    }

    private async Task<IReadOnlyList<ScheduledMeeting>> MeetingsAsync(KvuProject project, DateTimeOffset since, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // MeetingStore answers "the next meeting that has not ended by t"; stepping t to each meeting's end walks
        // the project's meetings in time order.
        var found = new List<ScheduledMeeting>();
        var after = since;
        while (found.Count < MaxMeetings
            && await meetings.NextAsync(project.TenantId, project.Id, after, cancellationToken) is { } meeting
            && meeting.Start <= now + PlannedHorizon)
        {
            found.Add(meeting);
            after = meeting.End;
        }

        return found;
    }

    private async Task<IReadOnlyList<StatusApproval>> ApprovalsAsync(KvuProject project, DateTimeOffset lateBefore, CancellationToken cancellationToken)
    {
        var open = new List<StatusApproval>();
        if (project.Members.Count == 0)
        {
            return open; // nobody to put a decision to
        }

        foreach (var kind in Enum.GetValues<GroupDecisionKind>())
        {
            var decision = await approvals.GetDecisionAsync(project.TenantId, project.Id, GroupDecision.IdFor(kind), cancellationToken);
            if (decision is null || decision.Closed)
            {
                continue;
            }

            var responses = await approvals.ListResponsesAsync(project.Id, decision.Id, cancellationToken);
            var waiting = new DecisionCardView(decision, [], responses, null, false).Pending;
            if (waiting.Count > 0)
            {
                open.Add(new StatusApproval(kind, [.. waiting.Select(v => v.DisplayName)], decision.UpdatedAt <= lateBefore));
            }
        }

        return open;
    }

    private async Task<IReadOnlyList<string>> OverdueInviteesAsync(KvuProject project, DateTimeOffset lateBefore, CancellationToken cancellationToken)
    {
        var late = new List<string>();
        foreach (var member in project.Members.Where(m => m.Status == MemberStatus.Invited))
        {
            // The invitation card's own date; a member invited before invitations were stored: the decision log's.
            var invitation = await invitations.GetAsync(project.TenantId, project.Id, member.Id, cancellationToken);
            var invitedAt = invitation is { Status: MemberStatus.Invited }
                ? invitation.InvitedAt
                : project.Decisions.LastOrDefault(d => d.Kind == DecisionKind.MemberStatusSet && d.Subject == member.Id && d.Detail == nameof(MemberStatus.Invited))?.At;
            if (invitedAt <= lateBefore)
            {
                late.Add(member.Person.DisplayName);
            }
        }

        return late;
    }
}
