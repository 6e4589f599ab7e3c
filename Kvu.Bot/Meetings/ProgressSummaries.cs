using System.Globalization;
using System.Text.Json.Nodes;
using Kvu.Bot.Approvals;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Meetings;

/// <summary>
/// Gathers a progress summary: the next meeting from the MeetingStore and the open group decisions from the
/// ApprovalStore (read only: the open decisions with their responses, in one query), then builds the card.
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
        // Every open decision with its responses in one query; who still has to respond is the Approvals rule.
        var open = new List<OpenDecision>();
        foreach (var tally in await approvals.ListOpenAsync(project.TenantId, project.Id, cancellationToken))
        {
            open.Add(new OpenDecision(ApprovalText.Get($"Title_{tally.Decision.Kind}", culture), tally.StillToAnswer));
        }

        return open;
    }
}
