using System.Globalization;
using System.Text.Json.Nodes;
using Kvu.Bot.Common.Cards;
using Kvu.Bot.Formation;
using Kvu.Bot.Formation.Cards;
using static Kvu.Bot.Common.Cards.CardElements;

namespace Kvu.Bot.Meetings;

/// <summary>
/// Pure: the werkgroep's progress as one Adaptive Card for its channel: composition and open roles/points,
/// open group decisions with who still has to respond, success factors, the projectleider's open tasks, the next
/// meeting. Kept well under Teams' 28 KB per message by listing at most MaxOpenPoints open points.
/// </summary>
public static class SummaryCard
{
    public const int MaxOpenPoints = 8;

    public static JsonObject Build(KvuProject project, ScheduledMeeting? next, CultureInfo c) =>
        Build(new ProgressSummary(project, [], next), c);

    public static JsonObject Build(ProgressSummary summary, CultureInfo c)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var project = summary.Project;
        var body = new JsonArray
        {
            Text(MeetingText.Format(MeetingText.SummaryTitle, c, project.Gemeente, project.Uitgaansgebied), weight: TextWeight.Bolder, size: TextSize.Medium),
        };
        if (summary.After is { } after)
        {
            body.Add(Text(MeetingText.Format(MeetingText.SummaryAfterMeeting, c, after.Subject, MeetingFormat.When(c, after.Start, after.End))));
        }

        // Lines rather than FactSets: a FactSet's title column is narrow and broke "Beslissingsbevoegdheid" mid-word.
        var seated = project.Members.Where(m => m.Status != MemberStatus.Declined).ToList();
        body.Add(Text(MeetingText.Format(MeetingText.SummaryComposition, c, seated.Count), weight: TextWeight.Bolder));
        foreach (var member in seated)
        {
            var role = FormationText.Name(member.Role, c);
            body.Add(Text(string.Equals(role, member.Organisation, StringComparison.OrdinalIgnoreCase)
                ? $"• {member.Person.DisplayName} ({role})"
                : $"• {member.Person.DisplayName} ({role}, {member.Organisation})", spacing: Spacing.None));
        }

        var open = FormationChecks.Evaluate(project);
        body.Add(Text(MeetingText.Format(MeetingText.SummaryOpenPoints, c, open.Count), weight: TextWeight.Bolder));
        foreach (var point in open.Take(MaxOpenPoints))
        {
            body.Add(Text("• " + FormationText.OpenPointTitle(project, point, c), spacing: Spacing.None));
        }

        if (open.Count > MaxOpenPoints)
        {
            // The heading counts them all, so say where the rest are.
            body.Add(Text(MeetingText.Format(MeetingText.SummaryMorePoints, c, open.Count - MaxOpenPoints), subtle: true, spacing: Spacing.None));
        }

        body.Add(Text(MeetingText.Format(MeetingText.SummaryApprovals, c, summary.OpenDecisions.Count), weight: TextWeight.Bolder));
        if (summary.OpenDecisions.Count == 0)
        {
            body.Add(Text(MeetingText.Get(MeetingText.SummaryNoApprovals, c)));
        }

        foreach (var decision in summary.OpenDecisions)
        {
            body.Add(Text("• " + (decision.Pending.Count == 0
                ? MeetingText.Format(MeetingText.SummaryApprovalAllResponded, c, decision.Title)
                : MeetingText.Format(MeetingText.SummaryApprovalPending, c, decision.Title, string.Join(", ", decision.Pending)))));
        }

        var met = project.SuccessFactors.Count(f => f.Status == SuccessFactorStatus.Met);
        body.Add(Text(MeetingText.Format(MeetingText.SummaryFactors, c, met, project.SuccessFactors.Count), weight: TextWeight.Bolder));
        foreach (var factor in project.SuccessFactors)
        {
            body.Add(Text($"• {CardText.FactorShort(factor.Factor, c)}: {Status(factor.Status, c)}", spacing: Spacing.None));
        }

        var tasks = project.Tasks.Where(t => !t.Done).ToList();
        body.Add(Text(MeetingText.Format(MeetingText.SummaryTasks, c, tasks.Count), weight: TextWeight.Bolder));
        foreach (var task in tasks)
        {
            body.Add(Text("• " + FormationText.Name(task.Task, c), spacing: Spacing.None));
        }

        var next = summary.Next;
        body.Add(Text(MeetingText.Get(MeetingText.SummaryNextMeeting, c), weight: TextWeight.Bolder));
        body.Add(Text(next is null
            ? MeetingText.Get(MeetingText.SummaryNoMeeting, c)
            : $"{next.Subject}: {MeetingFormat.When(c, next.Start, next.End)}"));

        return AdaptiveCard.Create(body, next?.JoinUrl is { } join ? [CardActions.OpenUrl(MeetingText.Get(MeetingText.SummaryJoin, c), join)] : null);
    }

    private static string Status(SuccessFactorStatus status, CultureInfo c) => MeetingText.Get(status switch
    {
        SuccessFactorStatus.Met => MeetingText.Status_Met,
        SuccessFactorStatus.NotMet => MeetingText.Status_NotMet,
        _ => MeetingText.Status_Open,
    }, c);
}
