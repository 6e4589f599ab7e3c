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

    /// <param name="tenantMeetings">The tenant's meetings by project when the caller read them in bulk
    /// (<see cref="ListTenantMeetingsAsync"/>); otherwise the project's are read here.</param>
    public async Task<StatusContext> LoadAsync(KvuProject project, DateTimeOffset since, DateTimeOffset now, CultureInfo culture,
        IReadOnlyDictionary<string, IReadOnlyList<ScheduledMeeting>>? tenantMeetings, CancellationToken cancellationToken)
    {
        var days = approvalOptions.Value.ReminderAfterDays;
        var lateBefore = now - TimeSpan.FromDays(days);
        var projectMeetings = tenantMeetings is null
            ? await meetings.UpcomingAsync(project.TenantId, project.Id, since, cancellationToken)
            : tenantMeetings.GetValueOrDefault(project.Id) ?? [];
        return new StatusContext(project, since, now, culture)
        {
            Meetings = InPeriod(projectMeetings, since, now),
            Approvals = await ApprovalsAsync(project, lateBefore, cancellationToken),
            OverdueInvitees = await OverdueInviteesAsync(project, lateBefore, cancellationToken),
            ReminderAfterDays = days,
        };
    }

    /// <summary>
    /// The meetings of all of a tenant's projects that a post at <paramref name="now"/> can show, whatever its period
    /// (it starts at most <paramref name="earliestSince"/>): one query for the tenant instead of one per project.
    /// </summary>
    public Task<IReadOnlyDictionary<string, IReadOnlyList<ScheduledMeeting>>> ListTenantMeetingsAsync(string tenantId, DateTimeOffset earliestSince, DateTimeOffset now, CancellationToken cancellationToken) =>
        meetings.ListTenantAsync(tenantId, earliestSince, now + PlannedHorizon + TimeSpan.FromSeconds(1), cancellationToken);

    /// <summary>Held since <paramref name="since"/> (not ended before it) or planned within the horizon, earliest first, at most <see cref="MaxMeetings"/>.</summary>
    private static IReadOnlyList<ScheduledMeeting> InPeriod(IEnumerable<ScheduledMeeting> meetings, DateTimeOffset since, DateTimeOffset now) =>
        [.. meetings.Where(m => !m.Cancelled && m.End > since && m.Start <= now + PlannedHorizon).OrderBy(m => m.Start).Take(MaxMeetings)];

    private async Task<IReadOnlyList<StatusApproval>> ApprovalsAsync(KvuProject project, DateTimeOffset lateBefore, CancellationToken cancellationToken)
    {
        var open = new List<StatusApproval>();
        if (project.Members.Count == 0)
        {
            return open; // nobody to put a decision to
        }

        // Every open decision with its responses in one query; who still has to respond is the Approvals rule.
        foreach (var tally in await approvals.ListOpenAsync(project.TenantId, project.Id, cancellationToken))
        {
            if (!tally.AllResponded)
            {
                open.Add(new StatusApproval(tally.Decision.Kind, tally.StillToAnswer, tally.Decision.UpdatedAt <= lateBefore));
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
