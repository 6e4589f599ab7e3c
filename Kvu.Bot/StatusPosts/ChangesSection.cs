using Kvu.Bot.Formation;
using Kvu.Bot.Formation.Cards;

namespace Kvu.Bot.StatusPosts;

/// <summary>In the weekly post: what changed since last week, read from the project's decision log: who joined or declined, approvals
/// recorded (mandate, plaatsvervanger), tasks done, success factors met, a new phase. The rest is counted.</summary>
public sealed class ChangesSection() : ReportSection(100, ReportKinds.Weekly)
{
    /// <summary>Lines shown before the rest is counted, so a busy week still fits in the 28 KB card.</summary>
    public const int MaxLines = 12;

    protected override IReadOnlyList<JsonObject> Elements(ReportContext context, CultureInfo culture)
    {
        var lines = new List<string>();
        var other = 0;
        foreach (var decision in context.Changes)
        {
            var member = context.Project.FindMember(decision.Subject);
            var who = member?.Person.DisplayName ?? decision.Subject;
            string? line = decision.Kind switch
            {
                DecisionKind.MemberStatusSet when decision.Detail == nameof(MemberStatus.Accepted) && member is not null =>
                    StatusText.Format(StatusText.Joined, culture, who, FormationText.Name(member.Role, culture)),
                DecisionKind.MemberStatusSet when decision.Detail == nameof(MemberStatus.Declined) && member is not null =>
                    StatusText.Format(StatusText.Declined, culture, who, FormationText.Name(member.Role, culture)),
                DecisionKind.MemberAdded when member is not null =>
                    StatusText.Format(StatusText.Added, culture, who, FormationText.Name(member.Role, culture)),
                DecisionKind.MemberRemoved =>
                    StatusText.Format(StatusText.Removed, culture, decision.Detail?.Split("; ").LastOrDefault() ?? who),
                DecisionKind.MandateSet when decision.Detail != nameof(Mandate.Unknown) =>
                    StatusText.Format(StatusText.MandateConfirmed, culture, who),
                DecisionKind.SubstituteSet when decision.Detail is not null =>
                    StatusText.Format(StatusText.SubstituteSet, culture, who, decision.Detail),
                DecisionKind.TaskCompleted when Enum.TryParse<ProjectleiderTask>(decision.Subject, out var task) =>
                    StatusText.Format(StatusText.TaskDone, culture, FormationText.Name(task, culture)),
                DecisionKind.SuccessFactorSet when decision.Detail == nameof(SuccessFactorStatus.Met) && Enum.TryParse<SuccessFactor>(decision.Subject, out var factor) =>
                    StatusText.Format(StatusText.FactorMet, culture, CardText.FactorShort(factor, culture)),
                DecisionKind.PhaseSet when Enum.TryParse<KvuPhase>(decision.Detail, out var phase) =>
                    StatusText.Format(StatusText.PhaseChanged, culture, FormationText.Name(phase, culture)),
                DecisionKind.PhaseMoved when Enum.TryParse<KvuPhase>(decision.Detail?.Split("; ")[0].Split(" -> ").Last(), out var moved) =>
                    StatusText.Format(StatusText.PhaseChanged, culture, FormationText.Name(moved, culture)),
                _ => null,
            };
            if (line is null || lines.Contains(line))
            {
                other++;
            }
            else
            {
                lines.Add(line);
            }
        }

        var items = new List<JsonObject> { Heading(StatusText.Get(StatusText.ChangesHeading, culture)) };
        if (lines.Count == 0 && other == 0)
        {
            items.Add(Text(StatusText.Get(StatusText.NoChanges, culture), subtle: true, spacing: Spacing.Small));
            return items;
        }

        items.AddRange(Capped(lines, MaxLines, l => Bullet(l), n => StatusText.Format(StatusText.OtherChanges, culture, n), leftOut: other));
        return items;
    }
}
