using Kvu.Bot.Approvals;

namespace Kvu.Bot.StatusPosts;

/// <summary>
/// The group decisions not closed yet, each with who still has to respond (by name; late ones, put to the werkgroep
/// longer than the reminder period ago, flagged), or that everyone has and the projectleider can close it. Every
/// report lists the same decisions with the same people; the weekly post leaves the section out when none is open.
/// </summary>
public sealed class DecisionsSection() : ReportSection(350, ReportKinds.All)
{
    /// <summary>Names per decision; a werkgroep can have 59 members.</summary>
    public const int MaxNames = 15;

    protected override IReadOnlyList<JsonObject> Elements(ReportContext context, CultureInfo culture)
    {
        if (context.Decisions.Count == 0 && context.Kind == ReportKind.Weekly)
        {
            return [];
        }

        var items = new List<JsonObject> { Heading(StatusText.Format(StatusText.DecisionsHeading, culture, context.Decisions.Count)) };
        if (context.Decisions.Count == 0)
        {
            items.Add(Text(StatusText.Get(StatusText.NoDecisions, culture), subtle: true, spacing: Spacing.Small));
        }

        foreach (var tally in context.Decisions)
        {
            var title = ApprovalText.Get($"Title_{tally.Decision.Kind}", culture);
            // Who still has to respond, reachable or not: a seat the bot cannot reach has not responded either.
            var names = string.Join(", ", tally.StillToAnswer.Take(MaxNames)) + (tally.StillToAnswer.Count > MaxNames ? " …" : string.Empty);
            items.Add(tally switch
            {
                { AllResponded: true } => Bullet(StatusText.Format(StatusText.AllResponded, culture, title)),
                _ when tally.Decision.UpdatedAt <= context.LateBefore =>
                    Bullet(StatusText.Format(StatusText.OverdueApproval, culture, title, context.ReminderAfterDays, names), TextColor.Attention),

                // The weekly post has said "wacht op akkoord" since it began, the summaries "nog te reageren".
                _ => Bullet(StatusText.Format(context.Kind == ReportKind.Weekly ? StatusText.AwaitingApproval : StatusText.StillToRespond, culture, title, names)),
            });
        }

        return items;
    }
}
