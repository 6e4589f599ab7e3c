using Kvu.Bot.Approvals;
using Kvu.Bot.Evaluation;
using Kvu.Bot.Formation;
using Kvu.Bot.Plan;
using Kvu.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Kvu.Bot.Tests.Infrastructure.FormationExamples;

namespace Kvu.Bot.Tests.Dashboard;

/// <summary>
/// A project of its own tenant (fresh ids: the tests share Azurite) with what the tab shows: Marieke as projectleider
/// (a grant), Wim in the werkgroep by object id (no grant), politie seated, a phase change and an open decision on
/// which Wim still has to respond; a SMART goal measured once (4,5 → 3,8, target 3) and a goal that is not SMART yet; two measures of two parties, one
/// reported as running.
/// </summary>
public sealed record DashboardWerkgroep(string TenantId, string ProjectId)
{
    public const string MariekeId = "7f1c0e52-0000-4000-8000-000000000001";
    public const string WimId = "7f1c0e52-0000-4000-8000-000000000003";

    public static async Task<DashboardWerkgroep> SeedAsync(IServiceProvider services)
    {
        var tenant = Guid.NewGuid().ToString();
        var project = KvuProject.Create("p-" + Guid.NewGuid().ToString("N"), tenant, "Zwolle", "Binnenstad Zwolle", Marieke, Start);
        project.SetProjectleider(Marieke, ProjectleiderOrigin.Gemeente, null, Marieke, Day(1));
        project.SetRestaurantsTakePart(false, Marieke, Day(1));
        var wim = project.AddMember(WerkgroepRole.Gemeente, Wim, null, Marieke, Day(2));
        project.SetMandate(wim.Id, Mandate.CanDecide, Marieke, Day(2));
        project.SetSubstitute(wim.Id, Linda, Marieke, Day(2));
        project.SetMemberStatus(wim.Id, MemberStatus.Accepted, Marieke, Day(3));
        var politie = project.AddMember(WerkgroepRole.Politie, Ingrid, null, Marieke, Day(3));
        project.SetMemberStatus(politie.Id, MemberStatus.Invited, Marieke, Day(3));
        project.MovePhaseTo(KvuPhase.Veiligheidsanalyse, Marieke, Day(20));
        var incidents = project.SetIndicator("Incidenten per weekendnacht", 4.5m, new DateOnly(2026, 3, 1), Marieke, Day(20));
        project.SetGoal("Minder geweld op straat", incidents.Name, 3m, new DateOnly(2027, 12, 31), Marieke, Day(21));
        project.SetIndicatorDirection(incidents.Id, IndicatorDirection.Lower, Marieke, Day(21));
        project.RecordMeting(incidents.Id, MetingKind.Tussenmeting, 3.8m, new DateOnly(2026, 9, 1), "politie", Marieke, Day(190));
        project.SetGoal("Meer bezoekers voelen zich veilig", null, null, null, Marieke, Day(190));

        var cameras = project.CountMeasure("Cameratoezicht Grote Markt", Marieke, Day(191));
        var hosts = project.CountMeasure("Gastheren op de Grote Markt", Marieke, Day(191));
        await services.GetRequiredService<ProjectStore>().CreateAsync(project, default);
        var measures = services.GetRequiredService<MeasureStore>();
        await measures.AddAsync(project, Measure(project.Id, cameras, "Cameratoezicht Grote Markt", "Gemeente Zwolle", Wim, 25000m), default);
        await measures.AddAsync(project, Measure(project.Id, hosts, "Gastheren op de Grote Markt", "KHN Zwolle", Ingrid, null), default);
        await services.GetRequiredService<ProgressStore>().SetAsync(project, cameras, MeasureState.Loopt, "Camera's hangen, kijkruimte volgt", Day(200), default);
        await services.GetRequiredService<ProjectAccessStore>().GrantAsync(
            new ProjectAccess(tenant, MariekeId, project.Id, project.Gemeente, project.Uitgaansgebied, ProjectAccessRole.Projectleider, Start), default);
        // The samenstelling put to the werkgroep as the bot puts it; everyone asked but Wim agreed.
        var approvals = services.GetRequiredService<ApprovalStore>();
        var decision = DecisionContent.NewDecision(project, GroupDecisionKind.Samenstelling, DecisionContent.Composition(project), DecisionContent.Seats(project), MariekeId, Day(21));
        await approvals.UpdateDecisionAsync(new ProjectKey(tenant, project.Id), GroupDecisionKind.Samenstelling, _ => decision, inLineWith: null, by: null, default);
        foreach (var voter in decision.Voters.Where(v => v.AadObjectId != WimId))
        {
            await approvals.RecordAsync(project.Id, new ApprovalResponse(decision.Id, 1, voter.AadObjectId, voter.DisplayName, ApprovalAnswer.Agree, null, Day(21)), default);
        }

        return new DashboardWerkgroep(tenant, project.Id);
    }

    private static Measure Measure(string projectId, string id, string title, string party, PersonRef owner, decimal? budget) => new()
    {
        ProjectId = projectId,
        Id = id,
        Title = title,
        GoalId = "d1",
        Party = party,
        Owner = owner,
        Start = new DateOnly(2027, 1, 1),
        End = new DateOnly(2027, 12, 31),
        Beslismoment = new DateOnly(2027, 7, 1),
        Decider = "de werkgroep",
        Budget = budget,
        ChangedBy = Marieke,
        ChangedAt = Day(191),
    };
}
