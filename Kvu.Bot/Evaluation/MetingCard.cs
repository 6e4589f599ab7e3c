using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// The meting form: indicator, kind, value, date, source and (when no goal says it) which way is better. Its buttons
/// are Action.Execute, so Teams shows the answer in place of the form: the form again with what is wrong under each
/// field and everything else as entered, the explanation above it, or what was saved with the goals it touches.
/// No input is marked required: Teams would then refuse the click without saying more than "required", and keep
/// "Uitleg" and "Annuleren" from working on an empty form; the bot judges every field itself.
/// </summary>
public static class MetingCard
{
    public const string IndicatorField = "indicator";
    public const string KindField = "kind";
    public const string ValueField = "value";
    public const string OnField = "on";
    public const string SourceField = "source";
    public const string BetterField = "better";

    public static JsonObject Form(KvuProject project, MetingForm form, IReadOnlyDictionary<string, string> problems, bool explain, DateOnly today, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(problems);
        var body = new JsonArray
        {
            Title(EvaluationText.Format(EvaluationKeys.MetingTitle, culture, project.Gemeente, project.Uitgaansgebied)),
            Text(EvaluationText.Get(explain ? EvaluationKeys.MetingHelpText : EvaluationKeys.MetingIntro, culture), subtle: !explain, spacing: Spacing.Small),
        };
        if (problems.Count > 0)
        {
            body.Add(Text(EvaluationText.Get(EvaluationKeys.ErrorsIntro, culture), color: TextColor.Attention, weight: TextWeight.Bolder));
        }

        void Add(JsonObject input, string field)
        {
            body.Add(input);
            if (problems.TryGetValue(field, out var problem))
            {
                body.Add(CardInputs.Problem(problem));
            }
        }

        Add(CardInputs.Choices(IndicatorField, EvaluationText.Get(EvaluationKeys.LabelIndicator, culture),
            project.Analysis.Indicators.Select(i => (EvaluationText.Format(EvaluationKeys.IndicatorChoice, culture, i.Name, EvaluationText.Number(i.Baseline, culture), EvaluationText.Date(i.BaselineOn, culture)), i.Id)),
            ChoiceInputStyle.Compact, value: form.FindIndicator(project)?.Id), IndicatorField);
        Add(CardInputs.Choices(KindField, EvaluationText.Get(EvaluationKeys.LabelKind, culture),
            Enum.GetValues<MetingKind>().Select(k => (EvaluationText.Name(k, culture), k.ToString())),
            ChoiceInputStyle.Compact, value: Enum.TryParse<MetingKind>(form.Kind, true, out var kind) ? kind.ToString() : nameof(MetingKind.Tussenmeting)), KindField);
        Add(CardInputs.Text(ValueField, EvaluationText.Get(EvaluationKeys.LabelValue, culture),
            placeholder: EvaluationText.Get(EvaluationKeys.PlaceholderValue, culture), value: CardInputs.Prefill(form.Value), maxLength: 40), ValueField);
        Add(CardInputs.Date(OnField, EvaluationText.Get(EvaluationKeys.LabelOn, culture),
            value: Answers.Date(form.On, today)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), OnField);
        Add(CardInputs.Text(SourceField, EvaluationText.Get(EvaluationKeys.LabelSource, culture),
            placeholder: EvaluationText.Get(EvaluationKeys.PlaceholderSource, culture), value: CardInputs.Prefill(form.Source), maxLength: InputLimits.Name), SourceField);
        Add(CardInputs.Choices(BetterField, EvaluationText.Get(EvaluationKeys.LabelBetter, culture),
            Enum.GetValues<IndicatorDirection>().Select(d => (EvaluationText.Name(d, culture), d.ToString())),
            ChoiceInputStyle.Compact, value: Enum.TryParse<IndicatorDirection>(form.Better, true, out var better) ? better.ToString() : null), BetterField);

        var data = new JsonObject { [EvaluationVerbs.ProjectField] = project.Id };
        return AdaptiveCard.Create(body, new JsonArray
        {
            CardActions.Execute(EvaluationText.Get(EvaluationKeys.ButtonSave, culture), EvaluationVerbs.MetingSave, data, CardVerb.Field, ActionStyle.Positive),
            CardActions.Execute(EvaluationText.Get(EvaluationKeys.ButtonHelp, culture), EvaluationVerbs.MetingHelp, data, CardVerb.Field),
            CardActions.Execute(EvaluationText.Get(EvaluationKeys.ButtonCancel, culture), EvaluationVerbs.MetingCancel, data, CardVerb.Field),
        });
    }

    /// <summary>What was saved, and where each goal on that indicator stands now.</summary>
    public static JsonObject Saved(KvuProject project, Meting meting, DateOnly today, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(meting);
        var indicator = project.Analysis.Indicators.First(i => i.Id == meting.IndicatorId);
        var body = new JsonArray
        {
            Title(EvaluationText.Get(EvaluationKeys.SavedTitle, culture)),
            Text(SavedText(indicator, meting, culture), color: TextColor.Good, spacing: Spacing.Small),
        };
        var goals = project.Goals.Where(g => g.IndicatorId == indicator.Id).Select(g => GoalResults.Of(project, g, today)).ToList();
        if (goals.Count == 0)
        {
            body.Add(Text(EvaluationText.Get(EvaluationKeys.NoGoalOfIndicator, culture), subtle: true));
        }

        foreach (var goal in goals)
        {
            body.Add(ResultsCard.Goal(goal, culture));
        }

        var data = new JsonObject { [EvaluationVerbs.ProjectField] = project.Id };
        return AdaptiveCard.Create(body, new JsonArray
        {
            CardActions.Execute(EvaluationText.Get(EvaluationKeys.ButtonAnother, culture), EvaluationVerbs.MetingNew, data, CardVerb.Field),
            CardActions.Submit(EvaluationText.Get(EvaluationKeys.ButtonResults, culture), CardVerb.With([], EvaluationVerbs.Results)),
        });
    }

    public static string SavedText(Indicator indicator, Meting meting, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(meting);
        var kind = EvaluationText.Name(meting.Kind, culture);
        return EvaluationText.Format(EvaluationKeys.Saved, culture, char.ToUpper(kind[0], culture) + kind[1..], indicator.Name,
            EvaluationText.Number(meting.Value, culture), EvaluationText.Date(meting.On, culture), meting.Source);
    }

    /// <summary>The form after "Annuleren": nothing was saved, and nothing left to click.</summary>
    public static JsonObject Cancelled(CultureInfo culture) => AdaptiveCard.Create(
    [
        Text(EvaluationText.Get(EvaluationKeys.Cancelled, culture), subtle: true),
    ]);
}
