using Kvu.Bot.Approvals;
using Kvu.Bot.Formation;

namespace Kvu.Bot.StatusPosts;

/// <summary>
/// The one way to a progress report, whatever triggered it (the weekly run, "samenvatting", a meeting that ended):
/// reads what the report shows beyond the project itself, then builds the card from the sections of its kind. Read
/// here, from the stores below the report (read only): the open group decisions with their responses (one query),
/// and the invitations left unanswered longer than the reminder period. Features above the report add theirs
/// through <see cref="IReportFacts"/>.
/// </summary>
public sealed class ReportBuilder(
    ApprovalStore approvals,
    InvitationStore invitations,
    IEnumerable<IReportFacts> features,
    IEnumerable<IReportSection> sections,
    IOptions<ApprovalsOptions> approvalOptions)
{
    private readonly IReadOnlyList<IReportFacts> _features = [.. features];
    private readonly IReadOnlyList<IReportSection> _sections = [.. sections];

    /// <param name="tenant">The features' facts read for the whole tenant (<see cref="ReadTenantAsync"/>); null: read for this report.</param>
    public async Task<JsonObject> BuildAsync(ReportContext report, IReadOnlyList<Func<ReportContext, object?>>? tenant, CancellationToken cancellationToken) =>
        ReportCard.Build(await LoadAsync(report, tenant, cancellationToken), _sections);

    /// <summary>The features' facts for all of a tenant's reports at <paramref name="now"/> whose period starts at <paramref name="earliestSince"/> or later.</summary>
    public async Task<IReadOnlyList<Func<ReportContext, object?>>> ReadTenantAsync(string tenantId, DateTimeOffset earliestSince, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var shares = new List<Func<ReportContext, object?>>();
        foreach (var feature in _features)
        {
            shares.Add(await feature.ReadTenantAsync(tenantId, earliestSince, now, cancellationToken));
        }

        return shares;
    }

    private async Task<ReportContext> LoadAsync(ReportContext report, IReadOnlyList<Func<ReportContext, object?>>? tenant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        report = report with { ReminderAfterDays = approvalOptions.Value.ReminderAfterDays };
        var featureFacts = new List<object>();
        if (tenant is null)
        {
            foreach (var feature in _features)
            {
                featureFacts.Add(await feature.LoadAsync(report, cancellationToken));
            }
        }
        else
        {
            for (var i = 0; i < _features.Count; i++)
            {
                featureFacts.Add(tenant[i](report) ?? await _features[i].LoadAsync(report, cancellationToken));
            }
        }

        return report with
        {
            Decisions = await DecisionsAsync(report.Project, report.Now, cancellationToken),
            OverdueInvitees = await OverdueInviteesAsync(report.Project, report.LateBefore, cancellationToken),
            FeatureFacts = featureFacts,
        };
    }

    /// <summary>Who still has to respond is whoever holds the seats now, also before anyone clicked the card since a seat changed hands.</summary>
    private async Task<IReadOnlyList<DecisionTally>> DecisionsAsync(KvuProject project, DateTimeOffset now, CancellationToken cancellationToken) =>
        project.Members.Count == 0
            ? [] // nobody to put a decision to: no query
            : WerkgroepAlignment.AsWerkgroepIsNow(project, await approvals.ListOpenAsync(project.Key, cancellationToken), now);

    private async Task<IReadOnlyList<string>> OverdueInviteesAsync(KvuProject project, DateTimeOffset lateBefore, CancellationToken cancellationToken)
    {
        var late = new List<string>();
        foreach (var member in project.Members.Where(m => m.Status == MemberStatus.Invited))
        {
            // The invitation card's own date; a member invited before invitations were stored: the decision log's.
            var invitation = await invitations.GetAsync(project.Key, member.Id, cancellationToken);
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
