using Kvu.Bot.Formation.Cards;
using Kvu.Bot.StatusPosts;

namespace Kvu.Bot.Documents;

/// <summary>
/// In the weekly status and the summaries: when the next voortgangsrapportage to B&amp;W is due, and, from two weeks
/// before that date, a reminder to make it (overdue in warning colour). Nothing when no rhythm is set.
/// Placed after the tasks, before the next meeting.
/// </summary>
public sealed class ReportingSection() : ReportSection(550, ReportKinds.All)
{
    /// <summary>How long before its date the report is called near.</summary>
    public const int SoonDays = 14;

    protected override IReadOnlyList<JsonObject> Elements(ReportContext context, CultureInfo culture)
    {
        if (context.Project.Reporting is not { } rhythm)
        {
            return [];
        }

        var today = DutchTime.Date(context.Now);
        var due = CardParts.Date(rhythm.NextDue, culture);
        var line = rhythm.NextDue < today
            ? Text(DocumentText.Format("Section_Late", culture, due), color: TextColor.Attention, spacing: Spacing.Small)
            : rhythm.NextDue <= today.AddDays(SoonDays)
                ? Text(DocumentText.Format("Section_Soon", culture, due), color: TextColor.Warning, spacing: Spacing.Small)
                : Text(DocumentText.Format("Section_Next", culture, due, rhythm.Months), spacing: Spacing.Small);
        return [Heading(DocumentText.Get("Section_Heading", culture)), line];
    }
}
