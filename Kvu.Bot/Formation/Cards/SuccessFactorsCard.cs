using static Kvu.Bot.Formation.Cards.CardParts;

namespace Kvu.Bot.Formation.Cards;

/// <summary>
/// The ten success factors from the KVU text ("Belangrijke aspecten voor een succesvolle projectgroep zijn:") as the
/// werkgroep's checklist. The status is a person's judgement; the advice is what the project data suggests
/// (SuccessFactorAdvice) and never sets the status by itself.
/// </summary>
public static class SuccessFactorsCard
{
    public static JsonObject Build(KvuProject project, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(culture);
        var tally = SuccessFactorTally.Of(project);
        return Checklist(
            project,
            CardText.Get(CardText.FactorsTitle, culture),
            CardText.Format(CardText.FactorsIntro, culture, tally.Met, tally.Count),
            project.SuccessFactors.Select((state, i) => FactorRow(i + 1, state, tally.Suggested(state.Factor), tally.Applies(state.Factor), culture)),
            (CardText.Get(CardText.ButtonTasks, culture), FormationCommands.Tasks),
            culture);
    }

    /// <param name="applies">False for a factor the project makes moot and nobody judged: it reads "niet van toepassing", as it is not counted.</param>
    private static JsonObject FactorRow(int number, SuccessFactorState state, SuggestedStatus suggested, bool applies, CultureInfo culture)
    {
        var status = applies ? FormationText.Name(state.Status, culture) : FormationText.Name(SuggestedStatus.NotApplicable, culture);
        if (state is { ConfirmedBy: { } by, ConfirmedAt: { } at })
        {
            status = CardText.Format(CardText.FactorConfirmed, culture, status, by.DisplayName, Date(at, culture));
        }

        var items = new JsonArray
        {
            Text($"{number}. {FormationText.Name(state.Factor, culture)}", weight: TextWeight.Bolder, spacing: Spacing.None),
            Columns(
                Column(ColumnWidth.Stretch, Text(status, color: OverviewCard.FactorColor(state.Status), spacing: Spacing.None)),
                Column(ColumnWidth.Auto, Text(CardText.Format(CardText.FactorAdvice, culture, FormationText.Name(suggested, culture)), subtle: true, size: TextSize.Small, spacing: Spacing.None))),
        };
        if (state.Note is not null)
        {
            items.Add(Text(CardText.Format(CardText.FactorNote, culture, state.Note), subtle: true, size: TextSize.Small, spacing: Spacing.None));
        }

        // The current status is on the card already; offer the other two.
        var buttons = new[]
            {
                (Status: SuccessFactorStatus.Met, Title: CardText.ButtonMet),
                (Status: SuccessFactorStatus.NotMet, Title: CardText.ButtonNotMet),
                (Status: SuccessFactorStatus.Open, Title: CardText.ButtonOpen),
            }
            .Where(b => b.Status != state.Status)
            .Select(b => Submit(CardText.Get(b.Title, culture), Data(FormationCommands.Factor,
                (FormationCommands.FactorField, state.Factor.ToString()),
                (FormationCommands.FactorStatus, b.Status.ToString()))));
        items.Add(ActionSet(buttons, spacing: Spacing.None));
        return Container(items, spacing: Spacing.Medium, separator: true);
    }
}
