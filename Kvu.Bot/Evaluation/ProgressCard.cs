using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;
using Kvu.Bot.Plan;

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
            body.Add(CardInputs.Problem(problem));
        }

        var data = new JsonObject { [EvaluationVerbs.ProjectField] = project.Id, [EvaluationVerbs.MeasureField] = measure.Id };
        var card = AdaptiveCard.Create(body, new JsonArray
        {
            CardActions.Execute(EvaluationText.Get(EvaluationKeys.ButtonSaveProgress, culture), EvaluationVerbs.ProgressSave, data, CardVerb.Field, ActionStyle.Positive),
        });
        return AdaptiveCard.WithRefresh(card, EvaluationVerbs.ProgressShow, CardVerb.With((JsonObject)data.DeepClone(), EvaluationVerbs.ProgressShow), [viewer]);
    }

    /// <summary>What a card may weigh: Teams refuses a message over 28 KB, and the activity around the card takes some.</summary>
    public const int MaxCardBytes = 26 * 1024;

    /// <summary>Lines of measures over tijd on the matrix that is too big to show whole.</summary>
    public const int MaxOverdueLines = 10;

    /// <param name="selection">Null for the whole plan; otherwise the party or goal whose measures <paramref name="measures"/> are.</param>
    public static JsonObject Matrix(KvuProject project, IReadOnlyList<Measure> measures, IReadOnlyDictionary<string, MeasureProgress> progress, IReadOnlyList<string> mine, DateOnly today, CultureInfo culture, string? selection = null)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(progress);
        var title = EvaluationText.Format(EvaluationKeys.MatrixTitle, culture, project.Gemeente, project.Uitgaansgebied);
        var body = new JsonArray { Title(selection is null ? title : $"{title} – {selection}") };
        if (measures.Count == 0)
        {
            body.Add(Text(EvaluationText.Get(EvaluationKeys.NoMeasures, culture), subtle: true, spacing: Spacing.Small));
            return AdaptiveCard.Create(body);
        }

        MeasureState StateOf(Measure m) => progress.TryGetValue(m.Id, out var p) ? p.State : MeasureState.Gepland;
        bool Overdue(Measure m) => MeasureProgress.IsOverdue(StateOf(m), m.End, today);
        var counts = Enum.GetValues<MeasureState>().Select(s => (object?)measures.Count(m => StateOf(m) == s));
        body.Add(Text(EvaluationText.Format(EvaluationKeys.MatrixSummary, culture, [measures.Count, .. counts, measures.Count(Overdue)]), spacing: Spacing.Small));
        if (mine.Count > 0)
        {
            body.Add(Text(EvaluationText.Format(EvaluationKeys.MyMeasures, culture, mine[0]), subtle: true));
        }

        JsonObject Lines(IEnumerable<Measure> group, string heading)
        {
            var items = new JsonArray { Text(heading, weight: TextWeight.Bolder, spacing: Spacing.None) };
            foreach (var measure in group)
            {
                items.Add(Line(measure));
                if (progress.TryGetValue(measure.Id, out var p) && p.Note is { Length: > 0 } note)
                {
                    items.Add(Text(note, subtle: true, size: TextSize.Small, spacing: Spacing.None));
                }
            }

            return Container(items, spacing: Spacing.Small);
        }

        JsonObject Line(Measure measure)
        {
            var overdue = Overdue(measure);
            return Text(EvaluationText.Format(overdue ? EvaluationKeys.MatrixLineOverdue : EvaluationKeys.MatrixLine, culture,
                measure.Id, measure.Title, EvaluationText.Name(StateOf(measure), culture), EvaluationText.Date(measure.End, culture), measure.Owner.DisplayName),
                size: TextSize.Small, color: overdue ? TextColor.Attention : null, spacing: Spacing.None);
        }

        var byParty = measures.GroupBy(m => m.Party, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var byGoal = measures.GroupBy(m => GoalName(project, m, culture)).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var whole = (JsonArray)body.DeepClone();
        if (selection is not null)
        {
            whole.Add(Lines(measures, selection));
        }
        else
        {
            whole.Add(Heading(EvaluationText.Get(EvaluationKeys.ByParty, culture)));
            foreach (var group in byParty)
            {
                whole.Add(Lines(group, group.Key));
            }

            whole.Add(Heading(EvaluationText.Get(EvaluationKeys.ByGoal, culture)));
            foreach (var group in byGoal)
            {
                whole.Add(Lines(group, group.Key));
            }
        }

        var card = AdaptiveCard.Create(whole);
        if (Bytes(card) <= MaxCardBytes)
        {
            return card;
        }

        // Too big for one Teams message (a plan of a hundred measures and more, each listed by party and by goal):
        // what is over tijd, then per party and per goal only the counts, each with the command that lists it.
        body.Add(Text(EvaluationText.Format(selection is null ? EvaluationKeys.MatrixTooBig : EvaluationKeys.MatrixSelectionTooBig, culture, measures.Count), spacing: Spacing.Small));
        var overdueMeasures = measures.Where(Overdue).OrderBy(m => m.End).ToList();
        if (overdueMeasures.Count > 0)
        {
            body.Add(Heading(EvaluationText.Get(EvaluationKeys.MatrixOverdueHeading, culture)));
            foreach (var measure in overdueMeasures.Take(MaxOverdueLines))
            {
                body.Add(Line(measure));
            }

            if (overdueMeasures.Count > MaxOverdueLines)
            {
                body.Add(Text(EvaluationText.Format(EvaluationKeys.MatrixMoreOverdue, culture, overdueMeasures.Count - MaxOverdueLines), subtle: true, size: TextSize.Small, spacing: Spacing.None));
            }
        }

        if (selection is not null)
        {
            // One party's or goal's measures: as many lines as fit, then how many more.
            var room = MaxCardBytes - Bytes(AdaptiveCard.Create((JsonArray)body.DeepClone())) - 1024;
            var listed = 0;
            foreach (var line in measures.Where(m => !Overdue(m)).Select(Line))
            {
                room -= Encoding.UTF8.GetByteCount(line.ToJsonString()) + 1;
                if (room < 0)
                {
                    break;
                }

                body.Add(line);
                listed++;
            }

            var left = measures.Count - overdueMeasures.Count - listed;
            if (left > 0)
            {
                body.Add(Text(EvaluationText.Format(EvaluationKeys.MatrixMoreInSelection, culture, left), subtle: true, size: TextSize.Small, spacing: Spacing.None));
            }
        }
        else
        {
            void Counts(string heading, IEnumerable<IGrouping<string, Measure>> groups, Func<IGrouping<string, Measure>, string> command)
            {
                body.Add(Heading(heading));
                foreach (var group in groups)
                {
                    body.Add(Text(EvaluationText.Format(EvaluationKeys.MatrixGroupCount, culture, group.Key, group.Count(), group.Count(Overdue), command(group)), size: TextSize.Small, spacing: Spacing.None));
                }
            }

            Counts(EvaluationText.Get(EvaluationKeys.ByParty, culture), byParty, g => g.Key);
            Counts(EvaluationText.Get(EvaluationKeys.ByGoal, culture), byGoal, g => g.First().GoalId ?? EvaluationText.Get(EvaluationKeys.NoGoal, culture).ToLower(culture));
        }

        return AdaptiveCard.Create(body);
    }

    private static int Bytes(JsonObject card) => Encoding.UTF8.GetByteCount(card.ToJsonString());

    private static string GoalName(KvuProject project, Measure measure, CultureInfo culture) =>
        project.Goals.FirstOrDefault(g => g.Id == measure.GoalId) is { } goal ? $"{goal.Id} {goal.Text}" : EvaluationText.Get(EvaluationKeys.NoGoal, culture);
}
