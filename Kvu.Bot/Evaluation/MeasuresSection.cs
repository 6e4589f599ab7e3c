using Kvu.Bot.Plan;
using Kvu.Bot.StatusPosts;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// In the weekly status from the Uitvoering on: the measures over tijd, those whose end date falls within the coming
/// days, and those set to gereed since the previous post, each list capped at <see cref="MaxLines"/> with how many more
/// and how to see them all (`voortgang`), so a plan of forty measures due keeps the card small.
/// Placed right after the phase (80) and the convenant (85): in the Uitvoering the measures are what the werkgroep works on.
/// </summary>
public sealed class MeasuresSection() : ReportSection(90, ReportKinds.Weekly)
{
    public const int MaxLines = 5;

    protected override IReadOnlyList<JsonObject> Elements(ReportContext context, CultureInfo culture)
    {
        if (context.Facts<MeasureFacts>() is not { Measures.Count: > 0 } facts)
        {
            return [];
        }

        var today = DutchTime.Date(context.Now);
        var open = facts.Measures.Where(m => facts.StateOf(m) is not (MeasureState.Gereed or MeasureState.Gestopt)).ToList();
        var overdue = open.Where(m => m.End < today).OrderBy(m => m.End).ToList();
        var due = open.Where(m => m.End >= today && m.End.DayNumber - today.DayNumber <= facts.DueDays).OrderBy(m => m.End).ToList();
        var done = facts.Measures
            .Where(m => facts.Progress.TryGetValue(m.Id, out var p) && p.State == MeasureState.Gereed && p.UpdatedAt > context.Since && p.UpdatedAt <= context.Now)
            .OrderBy(m => facts.Progress[m.Id].UpdatedAt)
            .ToList();

        var items = new List<JsonObject>
        {
            Heading(EvaluationText.Get(EvaluationKeys.MeasuresSectionHeading, culture)),
            Text(EvaluationText.Format(EvaluationKeys.MeasuresSectionSummary, culture, overdue.Count, due.Count, facts.DueDays, done.Count), spacing: Spacing.Small),
        };
        var more = 0;
        void List(string key, IReadOnlyList<Measure> measures, TextColor? color, bool withEnd)
        {
            if (measures.Count == 0)
            {
                return;
            }

            items.Add(Text(EvaluationText.Get(key, culture), weight: TextWeight.Bolder, color: color, spacing: Spacing.Small));
            items.AddRange(measures.Take(MaxLines).Select(m => Text("• " + (withEnd
                ? EvaluationText.Format(EvaluationKeys.MatrixLine, culture, m.Id, m.Title, EvaluationText.Name(facts.StateOf(m), culture), EvaluationText.Date(m.End, culture), m.Owner.DisplayName)
                : EvaluationText.Format(EvaluationKeys.MeasuresSectionDoneLine, culture, m.Id, m.Title, m.Owner.DisplayName)), size: TextSize.Small, spacing: Spacing.None)));
            more += Math.Max(0, measures.Count - MaxLines);
        }

        List(EvaluationKeys.MeasuresSectionOverdue, overdue, TextColor.Attention, withEnd: true);
        List(EvaluationKeys.MeasuresSectionDue, due, TextColor.Warning, withEnd: true);
        List(EvaluationKeys.MeasuresSectionDone, done, TextColor.Good, withEnd: false);
        if (more > 0)
        {
            items.Add(Text(EvaluationText.Format(EvaluationKeys.MeasuresSectionMore, culture, more), subtle: true, size: TextSize.Small, spacing: Spacing.Small));
        }

        return items;
    }
}
