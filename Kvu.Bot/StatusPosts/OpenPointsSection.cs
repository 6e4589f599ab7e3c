using Kvu.Bot.Formation;

namespace Kvu.Bot.StatusPosts;

/// <summary>What is open: members who have not answered their invitation yet (by name; late ones, past the reminder
/// period, flagged), then FormationChecks' open points (missing roles first, by severity), the first few of them;
/// "status" shows them all. Open group decisions have their own section (<see cref="DecisionsSection"/>).</summary>
public sealed class OpenPointsSection() : ReportSection(300, ReportKinds.All)
{
    public const int MaxPoints = 8;

    protected override IReadOnlyList<JsonObject> Elements(ReportContext context, CultureInfo culture)
    {
        var points = FormationChecks.Evaluate(context.Project);
        var late = context.OverdueInvitees;
        var waiting = context.Project.Members.Where(m => m.Status == MemberStatus.Invited).Select(m => m.Person.DisplayName).Where(n => !late.Contains(n)).ToList();

        var items = new List<JsonObject> { Heading(StatusText.Get(StatusText.OpenHeading, culture)) };
        if (points.Count == 0 && waiting.Count == 0 && late.Count == 0)
        {
            items.Add(Text(StatusText.Get(StatusText.NothingOpen, culture), color: TextColor.Good, spacing: Spacing.Small));
            return items;
        }

        if (late.Count > 0)
        {
            items.Add(Bullet(StatusText.Format(StatusText.OverdueInvitation, culture, context.ReminderAfterDays, string.Join(", ", late)), TextColor.Attention));
        }

        if (waiting.Count > 0)
        {
            items.Add(Bullet(StatusText.Format(StatusText.AwaitingReply, culture, string.Join(", ", waiting))));
        }

        items.AddRange(Capped(points, MaxPoints, p => Bullet(FormationText.OpenPointTitle(context.Project, p, culture), p.Severity == Severity.Critical ? TextColor.Attention : null),
            n => StatusText.Format(StatusText.MorePoints, culture, n)));
        return items;
    }
}
