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
public sealed class MetingConversation(CycleProjects finder, MetingRecorder recorder) : IMessageFeature
{
    public IReadOnlyCollection<string> Verbs { get; } = [EvaluationVerbs.Results];

    public MessageRank? Rank(FlowInput input, UserConversation user) => Parse(input) is null ? null : MessageRank.Command;

    public async Task<IReadOnlyList<Reply>?> HandleAsync(FlowInput input, UserConversation user, CancellationToken cancellationToken)
    {
        if (Parse(input) is not { } typed)
        {
            return null;
        }

        var (project, manages, problem) = await finder.FindAsync(input, user, cancellationToken);
        if (project is null)
        {
            return [Reply.Say(EvaluationText.Get(EvaluationKeys.NoProject, input.Culture))];
        }

        var culture = input.Culture;
        var today = DutchTime.Date(input.Now);
        if (typed.Kind is not { } kind)
        {
            return [Reply.Show(ResultsCard.Build(project, today, manages, culture))];
        }

        if (!manages)
        {
            return [Reply.Say(EvaluationText.Get(EvaluationKeys.NotManager, culture))];
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

        try
        {
            var saved = await recorder.RecordAsync(project, entry, PhaseConversation.Person(input), input.Now, cancellationToken);
            return saved is { } s ? [Reply.Show(MetingCard.Saved(s.Project, s.Meting, today, culture))] : [Reply.Say(EvaluationText.Get(EvaluationKeys.NoProject, culture))];
        }
        catch (FormationRuleException rule)
        {
            return [Reply.Say(FormationText.RuleMessage(rule.Code, culture))];
        }
    }

    /// <returns>Null: not for this feature; no kind: "metingen"; otherwise the kind and what follows the word.</returns>
    private static Typed? Parse(FlowInput input)
    {
        if (input.Verb == EvaluationVerbs.Results)
        {
            return new Typed(null, string.Empty);
        }

        if (input.Data is not null)
        {
            return null;
        }

        var text = Words.Squeeze(input.Text);
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

    private sealed record Typed(MetingKind? Kind, string Rest);
}
