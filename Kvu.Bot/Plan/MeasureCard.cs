using Kvu.Bot.Formation;
using Kvu.Bot.Formation.Cards;

namespace Kvu.Bot.Plan;

/// <summary>
/// The card on which the projectleider enters or changes a measure: one field per part, filled with what she entered
/// so far, and beside each field what is wrong with it after a try, so she corrects only that. "Bewaren" checks and
/// saves; "Annuleren" leaves everything as it was.
/// </summary>
public static class MeasureCard
{
    /// <summary>Characters of a goal's or knelpunt's text in the choice list; the whole text is in the plan.</summary>
    public const int MaxChoiceText = 80;

    public static JsonObject Build(KvuProject project, MeasureForm form, IReadOnlyDictionary<MeasureField, string> errors, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(errors);
        var body = new JsonArray
        {
            Title(form.MeasureId is { } id ? PlanText.Format(PlanKeys.CardTitleChange, culture, id) : PlanText.Get(PlanKeys.CardTitleNew, culture)),
            Text(PlanText.Format(PlanKeys.CardSubtitle, culture, project.Gemeente, project.Uitgaansgebied), subtle: true, spacing: Spacing.None),
        };
        if (errors.Count > 0)
        {
            body.Add(Text(PlanText.Format(PlanKeys.CardNotSaved, culture, errors.Count), color: TextColor.Attention, weight: TextWeight.Bolder, spacing: Spacing.Small));
        }

        foreach (var field in Enum.GetValues<MeasureField>())
        {
            body.Add(Input(project, field, form[field], culture));
            if (errors.TryGetValue(field, out var error))
            {
                body.Add(CardInputs.Problem(error));
            }
        }

        var save = CardParts.Data(PlanVerbs.MeasureSave);
        if (form.MeasureId is { } changing)
        {
            save[MeasureFields.MeasureId] = changing;
        }

        return AdaptiveCard.Create(body, new JsonArray
        {
            Submit(PlanText.Get(PlanKeys.ButtonSave, culture), save, ActionStyle.Positive),
            Submit(PlanText.Get(PlanKeys.ButtonCancel, culture), CardParts.Data(PlanVerbs.MeasureCancel), associatedInputs: false),
        });
    }

    /// <summary>What the card becomes once saved or cancelled: its title and the outcome, without fields or buttons.</summary>
    public static JsonObject Done(string title, string outcome, bool saved) => AdaptiveCard.Create(
    [
        Text(title, weight: TextWeight.Bolder),
        Text(outcome, color: saved ? TextColor.Good : null, subtle: !saved, spacing: Spacing.Small),
    ]);

    private static JsonObject Input(KvuProject project, MeasureField field, string? value, CultureInfo culture)
    {
        var id = MeasureFields.Id(field);
        var label = PlanText.Label(field, culture);
        var placeholder = PlanText.Placeholder(field, culture);
        return field switch
        {
            MeasureField.For => CardInputs.Choices(id, label, ForChoices(project, culture), ChoiceInputStyle.Compact, placeholder: placeholder,
                value: value is null ? null : ForChoices(project, culture).FirstOrDefault(c => string.Equals(c.Value, value, StringComparison.OrdinalIgnoreCase)).Value),
            MeasureField.Start or MeasureField.End or MeasureField.Beslismoment => CardInputs.Date(id, label, placeholder: placeholder, value: IsoDate(value)),
            _ => CardInputs.Text(id, label, placeholder: placeholder, value: value, maxLength: InputLimits.Name),
        };
    }

    /// <summary>The goals first (a measure usually serves a goal), then the knelpunten (for a measure that answers one directly).</summary>
    private static IEnumerable<(string Title, string Value)> ForChoices(KvuProject project, CultureInfo culture) =>
        project.Goals.Select(g => (PlanText.Format(PlanKeys.ChoiceGoal, culture, g.Id, Cut(g.Text)), g.Id))
            .Concat(project.Analysis.Knelpunten.Select(k => (PlanText.Format(PlanKeys.ChoiceKnelpunt, culture, k.Id, FormationText.Name(k.Theme, culture), Cut(k.Text)), k.Id)));

    /// <summary>A date field takes yyyy-MM-dd; a typed date ("31-12-2027") is shown in it, something that is no date is left out (its problem names it).</summary>
    private static string? IsoDate(string? value) =>
        Conversations.Flows.Answers.Date(value, DateOnly.MinValue) is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    private static string Cut(string text) => UserText.Cut(text, MaxChoiceText);
}
