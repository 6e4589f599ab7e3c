using System.Security.Cryptography;
using Kvu.Bot.Approvals;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Plan;

/// <summary>
/// The plan van aanpak as a group decision of the werkgroep (<see cref="GroupDecisionKind.Plan"/>): what it approves
/// (<see cref="Items"/>), putting it to the werkgroep, and keeping it in line after every change to the plan: a change
/// raises the version, so earlier approvals are outdated, and a plan adopted before is put again (reopened), as with
/// the composition.
/// </summary>
public sealed class PlanDecision(ApprovalStore approvals, MeasureStore measures)
{
    public static readonly string Id = GroupDecision.IdFor(GroupDecisionKind.Plan);

    /// <summary>
    /// The goals with how many measures each has (and whether SMART), knelpunten answered by a measure directly, the
    /// samenwerkingsstructuur, the evaluation plan, and the number of measures with a hash of all of them: the card stays
    /// small with a hundred measures, and a change to any one of them still changes what is approved.
    /// </summary>
    public static IReadOnlyList<string> Items(KvuProject project, IReadOnlyList<Measure> all)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(all);
        string Count(string id) => all.Count(m => m.For == id).ToString(CultureInfo.InvariantCulture);
        var items = new List<string>();
        items.AddRange(project.Goals.Select(g => DecisionContent.PlanItem(DecisionContent.PlanGoal, g.Id, g.Text, Count(g.Id), Goals.Gaps(g, project.Analysis).Count == 0 ? "smart" : "open")));
        items.AddRange(project.Analysis.Knelpunten.Where(k => all.Any(m => m.KnelpuntId == k.Id)).Select(k => DecisionContent.PlanItem(DecisionContent.PlanKnelpunt, k.Id, k.Text, Count(k.Id))));
        if (project.Samenwerking.MeetsEveryWeeks is { } weeks)
        {
            items.Add(DecisionContent.PlanItem(DecisionContent.PlanRhythm, weeks.ToString(CultureInfo.InvariantCulture)));
        }

        items.AddRange(project.Samenwerking.Agreements.Select(a => DecisionContent.PlanItem(DecisionContent.PlanAgreement, a.Subject, a.Decider)));
        items.AddRange(project.EvaluationPlan.Select(m => DecisionContent.PlanItem(DecisionContent.PlanEvaluation, m.Kind.ToString(), m.On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        items.Add(DecisionContent.PlanItem(DecisionContent.PlanMeasures, all.Count.ToString(CultureInfo.InvariantCulture), Hash(all)));
        return items;
    }

    /// <summary>Puts the plan as it stands to the werkgroep: a new decision, or a new version of the one there is (reopened).</summary>
    /// <returns>The decision as saved, or null when it belongs to another tenant.</returns>
    public async Task<GroupDecision?> ProposeAsync(KvuProject project, DecisionActor by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(by);
        var items = Items(project, await measures.ListAsync(project, cancellationToken));
        var seats = DecisionContent.Seats(project);
        return await approvals.UpdateDecisionAsync(project.Key, GroupDecisionKind.Plan, d => d is null
            ? DecisionContent.NewDecision(project, GroupDecisionKind.Plan, items, seats, by.AadObjectId, now)
            : d.WithContent(items, seats, now) is var next && next.Closed ? next with { Closed = false, UpdatedAt = now } : next,
            DecisionContent.Fingerprint(project), by, cancellationToken);
    }

    /// <summary>
    /// After a change to the plan: when it has been put to the werkgroep, the decision gets the new content (a new
    /// version, so earlier approvals are outdated; an adopted plan is put again). Nothing when it was never put.
    /// </summary>
    public async Task ChangedAsync(KvuProject project, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (await approvals.ReadAsync(project.Key, Id, cancellationToken) is null)
        {
            return;
        }

        var items = Items(project, await measures.ListAsync(project, cancellationToken));
        var seats = DecisionContent.Seats(project);
        await approvals.UpdateDecisionAsync(project.Key, GroupDecisionKind.Plan, d =>
        {
            if (d is null)
            {
                return null;
            }

            var next = d.WithContent(items, seats, now);
            return next.Version != d.Version && next.Closed ? next with { Closed = false } : next;
        }, DecisionContent.Fingerprint(project), by: null, cancellationToken);
    }

    private static string Hash(IReadOnlyList<Measure> all)
    {
        var text = string.Join('\n', all.Select(m => string.Join('|', m.Id, m.Title, m.For, m.Party, m.Owner.DisplayName, m.Start.ToString("O"), m.End.ToString("O"),
            m.Beslismoment.ToString("O"), m.Decider, m.Budget?.ToString(CultureInfo.InvariantCulture))));
        return Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 12);
    }
}
