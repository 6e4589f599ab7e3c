using Kvu.Bot.Approvals;
using Kvu.Bot.Evaluation;
using Kvu.Bot.Formation;
using Kvu.Bot.Plan;

namespace Kvu.Bot.Documents;

/// <summary>Reads the facts a document needs: the project (one point read), each kind of group decision (one query each), the measures and their progress (one partition query each).</summary>
public sealed class DocumentReader(ProjectStore projects, ApprovalStore approvals, MeasureStore measures, ProgressStore progress)
{
    public async Task<DocumentFacts?> ReadAsync(string tenantId, string projectId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await projects.GetAsync(new ProjectKey(tenantId, projectId), cancellationToken) is not { } project)
        {
            return null;
        }

        var decisions = new List<DecisionTally>();
        foreach (var kind in Enum.GetValues<GroupDecisionKind>())
        {
            if (await approvals.ReadAsync(new ProjectKey(tenantId, projectId), GroupDecision.IdFor(kind), cancellationToken) is { } snapshot)
            {
                decisions.Add(snapshot.Tally);
            }
        }

        return new DocumentFacts(project, WerkgroepAlignment.AsWerkgroepIsNow(project, decisions, now), now)
        {
            Measures = await measures.ListAsync(project, cancellationToken),
            Progress = await progress.ListAsync(project, cancellationToken),
        };
    }
}
