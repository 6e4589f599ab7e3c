using System.Globalization;
using System.Text.Json.Nodes;
using Kvu.Bot.Approvals;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Meetings;

/// <summary>
/// Gathers a progress summary: the next meeting from the MeetingStore and the open group decisions from the
/// ApprovalStore (read only: one decision row per kind, plus its responses), then builds the card.
/// </summary>
public sealed class ProgressSummaries(MeetingStore meetings, ApprovalStore approvals)
{
    public async Task<JsonObject> BuildAsync(KvuProject project, DateTimeOffset now, ScheduledMeeting? after, CultureInfo culture, CancellationToken cancellationToken)
    {
        var next = await meetings.NextAsync(project.TenantId, project.Id, now, cancellationToken);
        var decisions = await OpenDecisionsAsync(project, culture, cancellationToken);
        return SummaryCard.Build(new ProgressSummary(project, decisions, next, after), culture);
    }

    public async Task<IReadOnlyList<OpenDecision>> OpenDecisionsAsync(KvuProject project, CultureInfo culture, CancellationToken cancellationToken)
    {
        var open = new List<OpenDecision>();
        foreach (var kind in Enum.GetValues<GroupDecisionKind>())
        {
            // The decision and its responses in one query.
            var reading = await approvals.ReadAsync(project.TenantId, project.Id, GroupDecision.IdFor(kind), cancellationToken);
            if (reading is null || reading.Decision.Closed)
            {
                continue;
            }

            var (decision, responses) = (reading.Decision, reading.Responses);
            // The same rule the decision card applies: only answers to the current version count.
            var pending = new DecisionCardView(decision, [], responses, Viewer: null, ViewerManages: false).Pending;
            open.Add(new OpenDecision(ApprovalText.Get($"Title_{kind}", culture), [.. pending.Select(v => v.DisplayName)]));
        }

        return open;
    }
}
