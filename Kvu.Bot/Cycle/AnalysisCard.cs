using Kvu.Bot.Formation;
using Kvu.Bot.Formation.Cards;

namespace Kvu.Bot.Cycle;

/// <summary>
/// "analyse": the Veiligheidsanalyse as it stands: the area's kengetallen, every source with who delivers it by when
/// (the ones the CCV says may not be missing marked), the schouw findings per part of the day with the latest ones,
/// the knelpunten grouped by theme with their source, and the indicators with their baseline. Long texts are cut on
/// the card (Teams refuses a card over about 28 KB); the full texts stay in storage.
/// </summary>
public static class AnalysisCard
{
    public const int MaxFindings = 5;
    public const int MaxTextOnCard = 200;

    public static JsonObject Build(KvuProject project, IReadOnlyList<SchouwFinding> latest, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(project);
        var analysis = project.Analysis;
        var body = new JsonArray
        {
            Title(CycleText.Format(CycleKeys.AnalysisTitle, culture, project.Gemeente, project.Uitgaansgebied)),
            Heading(CycleText.Get(CycleKeys.KengetallenHeading, culture)),
            Facts(Enum.GetValues<KengetalKind>().Select(k => (FormationText.Name(k, culture),
                analysis.Kengetallen.TryGetValue(k, out var value) ? value : CycleText.Get(CycleKeys.NotEntered, culture)))),
            Heading(CycleText.Get(CycleKeys.SourcesHeading, culture)),
        };
        foreach (var source in Enum.GetValues<SourceKind>().Select(analysis.Source))
        {
            var name = FormationText.Name(source.Kind, culture) + (PhaseChecklist.IsMandatory(source.Kind) ? " " + CycleText.Get(CycleKeys.SourceMandatory, culture) : string.Empty);
            var state = source switch
            {
                { ReceivedOn: { } on } => CycleText.Format(CycleKeys.SourceReceivedOn, culture, CardParts.Date(on, culture), source.DeliveredBy ?? "–"),
                { DeliveredBy: { } who } => CycleText.Format(CycleKeys.SourcePlanned, culture, who, source.Due is { } due ? CardParts.Date(due, culture) : "–"),
                _ => CycleText.Get(CycleKeys.SourceNobody, culture),
            };
            body.Add(Container(new JsonArray
            {
                Text(name, weight: PhaseChecklist.IsMandatory(source.Kind) ? TextWeight.Bolder : null, spacing: Spacing.None),
                Text(state, size: TextSize.Small, color: source.ReceivedOn is null ? (PhaseChecklist.IsMandatory(source.Kind) ? TextColor.Warning : null) : TextColor.Good, spacing: Spacing.None),
            }, spacing: Spacing.Small));
        }

        body.Add(Heading(CycleText.Format(CycleKeys.SchouwHeading, culture, analysis.FindingsByDay, analysis.FindingsByNight)));
        foreach (var finding in latest.TakeLast(MaxFindings))
        {
            body.Add(Text(FindingLine(finding, culture), size: TextSize.Small, spacing: Spacing.None));
        }

        body.Add(Heading(CycleText.Get(CycleKeys.KnelpuntenHeading, culture)));
        if (analysis.Knelpunten.Count == 0)
        {
            body.Add(Text(CycleText.Get(CycleKeys.NoKnelpunten, culture), subtle: true, spacing: Spacing.Small));
        }

        foreach (var theme in analysis.Knelpunten.GroupBy(k => k.Theme).OrderBy(g => g.Key))
        {
            var items = new JsonArray { Text(FormationText.Name(theme.Key, culture), weight: TextWeight.Bolder, spacing: Spacing.None) };
            foreach (var knelpunt in theme)
            {
                items.Add(Text(CycleText.Format(CycleKeys.KnelpuntLine, culture, Cut(knelpunt.Text), FormationText.Name(knelpunt.Source, culture)), size: TextSize.Small, spacing: Spacing.None));
            }

            body.Add(Container(items, spacing: Spacing.Small));
        }

        body.Add(Heading(CycleText.Get(CycleKeys.IndicatorsHeading, culture)));
        if (analysis.Indicators.Count == 0)
        {
            body.Add(Text(CycleText.Get(CycleKeys.NoIndicators, culture), subtle: true, spacing: Spacing.Small));
        }

        foreach (var indicator in analysis.Indicators)
        {
            body.Add(Text(CycleText.Format(CycleKeys.IndicatorLine, culture, indicator.Name, indicator.Baseline, CardParts.Date(indicator.BaselineOn, culture)), spacing: Spacing.None));
        }

        return AdaptiveCard.Create(body, new JsonArray { Submit(CycleText.Get(CycleKeys.ButtonPhase, culture), CardParts.Data(CycleVerbs.Phase)) });
    }

    public static string FindingLine(SchouwFinding finding, CultureInfo culture) =>
        CycleText.Format(CycleKeys.FindingLine, culture, finding.Id, FormationText.Name(finding.When, culture), finding.Place, Cut(finding.Seen), finding.By.DisplayName);

    private static string Cut(string text) => UserText.Cut(text, MaxTextOnCard);
}
