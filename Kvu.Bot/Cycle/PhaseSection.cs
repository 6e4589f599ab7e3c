using Kvu.Bot.Formation;
using Kvu.Bot.StatusPosts;

namespace Kvu.Bot.Cycle;

/// <summary>
/// In every progress report (weekly status, samenvatting, after a meeting): the KVU's phase with its checklist
/// progress, what is still open (the first few), and since when and by which decision the project is in it.
/// Placed right after the title: the phase is what a reader of a KVU report looks for first.
/// </summary>
public sealed class PhaseSection() : ReportSection(80, ReportKinds.All)
{
    /// <summary>Open items named in the report; the phase card lists them all.</summary>
    public const int MaxOpen = 4;

    protected override IReadOnlyList<JsonObject> Elements(ReportContext context, CultureInfo culture)
    {
        var project = context.Project;
        var checklist = PhaseChecklist.Evaluate(project);
        var items = new List<JsonObject>
        {
            Heading(CycleText.Format(CycleKeys.SectionHeading, culture, FormationText.Name(project.Phase, culture), checklist.Count(i => i.Done), checklist.Count)),
            Text(PhaseCard.HistoryLine(project.CurrentStay, culture), subtle: true, spacing: Spacing.None),
        };
        var open = checklist.Where(i => !i.Done).Select(i => FormationText.CheckName(i.Check, i.Subject, culture)).ToList();
        if (open.Count > 0)
        {
            var named = string.Join(", ", open.Take(MaxOpen)) + (open.Count > MaxOpen ? ", …" : string.Empty);
            items.Add(Text(CycleText.Format(CycleKeys.SectionOpen, culture, named), spacing: Spacing.Small));
        }

        return items;
    }
}
