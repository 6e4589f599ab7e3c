using Kvu.Bot.Approvals;
using Kvu.Bot.Evaluation;
using Kvu.Bot.Formation;
using Kvu.Bot.Meetings;
using Kvu.Bot.Plan;

namespace Kvu.Bot.Dashboard;

/// <summary>
/// Reads what the dashboard tab shows, for one caller. Who may look is decided here and nowhere else: the project
/// must be in the caller's tenant, and the caller must have access to it (projectleider, secretaris, a grant as
/// member) or sit in its werkgroep by Entra object id. Everyone else gets null, the same as for a project that does
/// not exist, so the API never tells whether another gemeente's project id is real.
/// Every read is a point read or one partition: the grant, the project, its decisions, its meetings, its measures and their
/// reported states.
/// </summary>
public sealed class DashboardReader(ProjectStore projects, ProjectAccessStore access, ApprovalStore approvals, MeetingStore meetings, MeasureStore measures, ProgressStore progress, TimeProvider clock)
{
    /// <summary>The projects the caller has been granted (one prefix query of the tenant's grants).</summary>
    public async Task<IReadOnlyList<DashboardProjectSummary>> ListAsync(DashboardUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var list = new List<DashboardProjectSummary>();
        await foreach (var grant in access.ListForUserAsync(user.TenantId, user.AadObjectId, cancellationToken))
        {
            list.Add(new DashboardProjectSummary(grant.ProjectId, grant.Gemeente, grant.Uitgaansgebied, grant.Role.ToString()));
        }

        return list;
    }

    /// <returns>The project's dashboard, or null when it does not exist for this caller.</returns>
    public async Task<DashboardView?> ReadAsync(DashboardUser user, string projectId, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrWhiteSpace(projectId);
        var grantRead = access.GetAsync(user.TenantId, user.AadObjectId, projectId, cancellationToken);
        var projectRead = projects.GetAsync(new ProjectKey(user.TenantId, projectId), cancellationToken);
        var grant = await grantRead;
        var project = await projectRead;
        if (project is null || RoleOf(project, grant, user) is not { } role)
        {
            if (grant is { Role: ProjectAccessRole.Member })
            {
                // A member's grant outlived the seat (replaced by someone else, removed): out of the list from now on.
                await access.RevokeAsync(user.TenantId, user.AadObjectId, projectId, cancellationToken);
            }

            return null;
        }

        var openDecisions = approvals.ListOpenAsync(new ProjectKey(user.TenantId, projectId), cancellationToken);
        var upcoming = meetings.UpcomingAsync(new ProjectKey(user.TenantId, projectId), clock.GetUtcNow(), cancellationToken);
        var planned = measures.ListAsync(project, cancellationToken);
        var reported = progress.ListAsync(project, cancellationToken);
        var today = DutchTime.Date(clock.GetUtcNow());
        var points = FormationChecks.Evaluate(project);
        return new DashboardView(
            new DashboardProject(project.Id, project.Gemeente, project.Uitgaansgebied, project.Phase.ToString(), FormationText.Name(project.Phase, culture),
                project.Projectleider?.Person.DisplayName, project.Secretaris?.DisplayName, project.IsArchived, role.ToString()),
            DashboardPhases.Of(project, culture),
            DashboardSeats.Of(project, points, culture),
            [.. points.Select(p => new DashboardOpenPoint(p.Kind.ToString(), p.Severity.ToString(), FormationText.OpenPointTitle(project, p, culture), FormationText.OpenPointReason(p, culture)))],
            Factors(project, culture),
            [.. GoalResults.For(project, today).Select(g => Goal(project, g, culture))],
            Measures(await planned, await reported, today, culture),
            [.. WerkgroepAlignment.AsWerkgroepIsNow(project, await openDecisions, clock.GetUtcNow()).Select(t => new DashboardDecision(
                t.Decision.Id, ApprovalText.Get($"Title_{t.Decision.Kind}", culture), t.Decision.Version, t.Decision.UpdatedAt,
                t.Voters.Count, t.Agreed, t.Objections.Count, [.. t.Pending.Select(v => v.DisplayName)]))],
            [.. (await upcoming).Select(m => new DashboardMeeting(m.Subject, m.Start, m.End, m.JoinUrl))]);
    }

    private static List<DashboardMeasure> Measures(IReadOnlyList<Measure> planned, IReadOnlyDictionary<string, MeasureProgress> reported, DateOnly today, CultureInfo culture) =>
        [.. planned.Select(m =>
        {
            var state = reported.TryGetValue(m.Id, out var report) ? report.State : MeasureState.Gepland;
            return new DashboardMeasure(m.Id, m.Title, m.For, m.Party, m.Owner.DisplayName, m.Start, m.End, m.Budget,
                state.ToString(), EvaluationText.Name(state, culture), MeasureProgress.IsOverdue(state, m.End, today));
        })];

    private static List<DashboardFactor> Factors(KvuProject project, CultureInfo culture)
    {
        var tally = SuccessFactorTally.Of(project);
        return [.. project.SuccessFactors.Select(f => tally.Applies(f.Factor)
            ? new DashboardFactor(f.Factor.ToString(), FormationText.Name(f.Factor, culture), f.Status.ToString(), FormationText.Name(f.Status, culture), f.Note, Applies: true)
            : new DashboardFactor(f.Factor.ToString(), FormationText.Name(f.Factor, culture), f.Status.ToString(), FormationText.Name(SuggestedStatus.NotApplicable, culture), f.Note, Applies: false))];
    }

    private static DashboardGoal Goal(KvuProject project, GoalProgress progress, CultureInfo culture) =>
        new(progress.Goal.Id, progress.Goal.Text, progress.Verdict.ToString(), EvaluationText.Name(progress.Verdict, culture),
            ResultsCard.FiguresText(progress, culture), ResultsCard.TrendText(progress, culture),
            progress.Indicator is { } indicator ? GoalChart.Render(progress, GoalResults.Measured(project, indicator.Id), culture) : null);

    /// <summary>
    /// The projectleider's and secretaris' grants say the role. A member looks as long as they hold a seat they have
    /// not declined (members are known by their Entra object id once they are picked from Teams or accept their
    /// invitation); the member grant an accepted invitation leaves only puts the project in their list.
    /// </summary>
    private static ProjectAccessRole? RoleOf(KvuProject project, ProjectAccess? grant, DashboardUser user)
    {
        if (grant is not null && grant.Role > ProjectAccessRole.Member)
        {
            return grant.Role;
        }

        var asPerson = new PersonRef(string.Empty, user.AadObjectId, null);
        return project.Members.Any(m => m.Status != MemberStatus.Declined && m.Person.IsSamePerson(asPerson))
            ? ProjectAccessRole.Member
            : null;
    }
}
