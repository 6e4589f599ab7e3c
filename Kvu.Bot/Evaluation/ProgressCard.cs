using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;
using Kvu.Bot.Plan;
using static Kvu.Bot.Common.Cards.CardElements;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// The voortgangsmatrix maatregelen: a measure's own card (its party, who carries it out, its dates, its state and note,
/// with the inputs to change them; Action.Execute, refreshed in place for whoever looks) and the matrix of all measures
/// by party and by goal, with what is over tijd marked.
/// </summary>
public static class ProgressCard
{
    public const string StateField = "state";
    public const string NoteField = "note";

    public static JsonObject Measure(KvuProject project, Measure measure, MeasureProgress? progress, string? problem, bool saved, string viewer, DateOnly today, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(measure);
        var state = progress?.State ?? MeasureState.Gepland;
        var body = new JsonArray
        {
            Title(EvaluationText.Format(EvaluationKeys.ProgressTitle, culture, measure.Id, measure.Title)),
            Facts(
            [
                (EvaluationText.Get(EvaluationKeys.FactParty, culture), measure.Party),
                (EvaluationText.Get(EvaluationKeys.FactOwner, culture), measure.Owner.DisplayName),
                (EvaluationText.Get(EvaluationKeys.FactPeriod, culture), EvaluationText.Format(EvaluationKeys.Period, culture, EvaluationText.Date(measure.Start, culture), EvaluationText.Date(measure.End, culture))),
                (EvaluationText.Get(EvaluationKeys.FactBeslismoment, culture), EvaluationText.Format(EvaluationKeys.Beslismoment, culture, EvaluationText.Date(measure.Beslismoment, culture), measure.Decider)),
                (EvaluationText.Get(EvaluationKeys.FactState, culture), progress is null
                    ? EvaluationText.Get(EvaluationKeys.NeverUpdated, culture)
                    : EvaluationText.Format(EvaluationKeys.StateSince, culture, EvaluationText.Name(state, culture), EvaluationText.Date(DutchTime.Date(progress.UpdatedAt), culture))),
            ]),
        };
        if (saved)
        {
            body.Add(Text(EvaluationText.Format(EvaluationKeys.ProgressSaved, culture, EvaluationText.Name(state, culture)), color: TextColor.Good, weight: TextWeight.Bolder));
        }

        if (MeasureProgress.IsOverdue(state, measure.End, today))
        {
            body.Add(Text(EvaluationText.Format(EvaluationKeys.Overdue, culture, EvaluationText.Date(measure.End, culture)), color: TextColor.Attention));
        }

        body.Add(CardInputs.Choices(StateField, EvaluationText.Get(EvaluationKeys.LabelState, culture),
            Enum.GetValues<MeasureState>().Select(s => (EvaluationText.Name(s, culture), s.ToString())), ChoiceInputStyle.Compact, value: state.ToString()));
        body.Add(CardInputs.Text(NoteField, EvaluationText.Get(EvaluationKeys.LabelNote, culture), value: progress?.Note, maxLength: InputLimits.Comment));
        if (problem is not null)
        {
            body.Add(Text(problem, color: TextColor.Attention, size: TextSize.Small, spacing: Spacing.None));
        }

        var data = new JsonObject { [EvaluationVerbs.ProjectField] = project.Id, [EvaluationVerbs.MeasureField] = measure.Id };
        var card = AdaptiveCard.Create(body, new JsonArray
        {
            CardActions.Execute(EvaluationText.Get(EvaluationKeys.ButtonSaveProgress, culture), EvaluationVerbs.ProgressSave, data, CardVerb.Field, ActionStyle.Positive),
        });
        return AdaptiveCard.WithRefresh(card, EvaluationVerbs.ProgressShow, CardVerb.With((JsonObject)data.DeepClone(), EvaluationVerbs.ProgressShow), [viewer]);
    }

    public static JsonObject Matrix(KvuProject project, IReadOnlyList<Measure> measures, IReadOnlyDictionary<string, MeasureProgress> progress, IReadOnlyList<string> mine, DateOnly today, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(progress);
        var body = new JsonArray { Title(EvaluationText.Format(EvaluationKeys.MatrixTitle, culture, project.Gemeente, project.Uitgaansgebied)) };
        if (measures.Count == 0)
        {
            body.Add(Text(EvaluationText.Get(EvaluationKeys.NoMeasures, culture), subtle: true, spacing: Spacing.Small));
            return AdaptiveCard.Create(body);
        }

        MeasureState StateOf(Measure m) => progress.TryGetValue(m.Id, out var p) ? p.State : MeasureState.Gepland;
        var counts = Enum.GetValues<MeasureState>().Select(s => (object?)measures.Count(m => StateOf(m) == s));
        body.Add(Text(EvaluationText.Format(EvaluationKeys.MatrixSummary, culture,
            [measures.Count, .. counts, measures.Count(m => MeasureProgress.IsOverdue(StateOf(m), m.End, today))]), spacing: Spacing.Small));
        if (mine.Count > 0)
        {
            body.Add(Text(EvaluationText.Format(EvaluationKeys.MyMeasures, culture, mine[0]), subtle: true));
        }

        void Group(string heading, IEnumerable<IGrouping<string, Measure>> groups)
        {
            body.Add(Heading(heading));
            foreach (var group in groups)
            {
                var items = new JsonArray { Text(group.Key, weight: TextWeight.Bolder, spacing: Spacing.None) };
                foreach (var measure in group)
                {
                    var state = StateOf(measure);
                    var overdue = MeasureProgress.IsOverdue(state, measure.End, today);
                    var line = EvaluationText.Format(overdue ? EvaluationKeys.MatrixLineOverdue : EvaluationKeys.MatrixLine, culture,
                        measure.Id, measure.Title, EvaluationText.Name(state, culture), EvaluationText.Date(measure.End, culture), measure.Owner.DisplayName);
                    items.Add(Text(line, size: TextSize.Small, color: overdue ? TextColor.Attention : null, spacing: Spacing.None));
                    if (progress.TryGetValue(measure.Id, out var p) && p.Note is { Length: > 0 } note)
                    {
                        items.Add(Text(note, subtle: true, size: TextSize.Small, spacing: Spacing.None));
                    }
                }

                body.Add(Container(items, spacing: Spacing.Small));
            }
        }

        Group(EvaluationText.Get(EvaluationKeys.ByParty, culture), measures.GroupBy(m => m.Party, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal));
        Group(EvaluationText.Get(EvaluationKeys.ByGoal, culture), measures.GroupBy(m => GoalName(project, m, culture)).OrderBy(g => g.Key, StringComparer.Ordinal));
        return AdaptiveCard.Create(body);
    }

    private static string GoalName(KvuProject project, Measure measure, CultureInfo culture) =>
        project.Goals.FirstOrDefault(g => g.Id == measure.GoalId) is { } goal ? $"{goal.Id} {goal.Text}" : EvaluationText.Get(EvaluationKeys.NoGoal, culture);
}
