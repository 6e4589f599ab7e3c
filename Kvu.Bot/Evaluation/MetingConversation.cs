using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Cycle;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// The metingen as typed: <c>metingen</c> shows every goal against its indicator (anyone in the werkgroep);
/// <c>meting</c> opens the form (<see cref="MetingCard"/>); <c>meting Incidenten per weekendnacht = 3,8 op 01-03-2027;
/// bron politie</c> (or <c>nameting ...</c>) records one at once (projectleider or secretaris). A typed meting with a
/// part that is not right opens the form with what was understood filled in and the problem under its field.
/// </summary>
public sealed class MetingConversation(CycleProjects finder, MetingRecorder recorder) : ProjectCommand<MetingConversation.Typed>(finder)
{
    public override IReadOnlyCollection<string> Verbs { get; } = [EvaluationVerbs.Results];

    protected override bool ForEveryone(Typed command) => command.Kind is null;

    protected override string NotManager(Typed command, CultureInfo culture) => EvaluationText.Get(EvaluationKeys.NotManager, culture);

    protected override async Task<IReadOnlyList<Reply>> RunAsync(ProjectTurn turn, Typed typed, CancellationToken cancellationToken)
    {
        var (project, culture, today) = (turn.Project, turn.Culture, turn.Today);
        if (typed.Kind is not { } kind)
        {
            return [Reply.Show(ResultsCard.Build(project, today, turn.Manages, culture))];
        }

        if (project.Analysis.Indicators.Count == 0)
        {
            return [Reply.Say(EvaluationText.Get(EvaluationKeys.NoIndicators, culture))];
        }

        if (typed.Rest.Length == 0)
        {
            return [Reply.Show(MetingCard.Form(project, MetingForm.Empty with { Kind = kind.ToString() }, new Dictionary<string, string>(), false, today, culture))];
        }

        var form = MetingForm.Parse(typed.Rest, kind, today);
        var (entry, problems) = form.Check(project, today, culture);
        if (entry is null)
        {
            return [Reply.Show(MetingCard.Form(project, form, problems, false, today, culture))];
        }

        var saved = await recorder.RecordAsync(project, entry, turn.By, turn.Now, cancellationToken);
        return saved is { } s ? [Reply.Show(MetingCard.Saved(s.Project, s.Meting, today, culture))] : [Reply.Say(CycleText.Get(CycleKeys.NoProject, culture))];
    }

    /// <returns>Null: not for this feature; no kind: "metingen"; otherwise the kind and what follows the word.</returns>
    protected override Typed? Parse(FlowInput input)
    {
        if (input.Verb == EvaluationVerbs.Results)
        {
            return new Typed(null, string.Empty);
        }

        if (input.TypedText is not { } text)
        {
            return null;
        }

        var words = EvaluationText.Words;
        if (words[EvaluationWord.Metingen].Matches(text))
        {
            return new Typed(null, string.Empty);
        }

        foreach (var (word, kind) in new[] { (EvaluationWord.Nameting, MetingKind.Nameting), (EvaluationWord.Meting, MetingKind.Tussenmeting) })
        {
            if (words[word].StartText(text, out var rest))
            {
                return new Typed(kind, rest);
            }
        }

        return null;
    }

    /// <summary>No kind: "metingen"; otherwise the kind and what follows its word.</summary>
    public sealed record Typed(MetingKind? Kind, string Rest);
}
