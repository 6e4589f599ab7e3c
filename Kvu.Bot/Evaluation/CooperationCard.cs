using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Cycle;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// "evaluatie": where the evaluation of the cooperation stands, for everyone in the werkgroep. While it runs only how
/// many answered; once closed the ten factors aggregated (<see cref="CooperationResults"/>), never who gave what. For the
/// projectleider its buttons, and after closing in the Evaluatie phase the offer of a new round with what it carries over.
/// </summary>
public static class CooperationCard
{
    public static JsonObject Build(KvuProject project, CooperationEvaluation? evaluation, IReadOnlyList<CooperationAnswer> answers, bool manages, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(answers);
        var body = new JsonArray { Title(EvaluationText.Format(EvaluationKeys.CooperationTitle, culture, project.Gemeente, project.Uitgaansgebied, project.Round)) };
        var actions = new JsonArray();
        if (evaluation is null)
        {
            body.Add(Text(EvaluationText.Get(EvaluationKeys.CooperationNone, culture), spacing: Spacing.Small));
            if (manages)
            {
                actions.Add(CardActions.Submit(EvaluationText.Get(EvaluationKeys.ButtonStart, culture), CardVerb.With([], EvaluationVerbs.CooperationStart), ActionStyle.Positive));
            }

            return AdaptiveCard.Create(body, actions);
        }

        var started = EvaluationText.Date(DutchTime.Date(evaluation.StartedAt), culture);
        if (!evaluation.Closed)
        {
            body.Add(Text(EvaluationText.Format(EvaluationKeys.CooperationOpen, culture, started, answers.Count, evaluation.Asked), spacing: Spacing.Small));
            if (manages)
            {
                actions.Add(CardActions.Submit(EvaluationText.Get(EvaluationKeys.ButtonClose, culture), CardVerb.With([], EvaluationVerbs.CooperationClose), ActionStyle.Positive));
                actions.Add(CardActions.Submit(EvaluationText.Get(EvaluationKeys.ButtonSendAgain, culture), CardVerb.With([], EvaluationVerbs.CooperationStart)));
            }

            return AdaptiveCard.Create(body, actions);
        }

        body.Add(Text(EvaluationText.Format(EvaluationKeys.CooperationClosed, culture, EvaluationText.Date(DutchTime.Date(evaluation.ClosedAt!.Value), culture), answers.Count, evaluation.Asked),
            subtle: true, spacing: Spacing.Small));
        var number = 0;
        foreach (var result in CooperationResults.Aggregate(answers))
        {
            number++;
            var items = new JsonArray
            {
                Text($"{number}. {FormationText.Name(result.Factor, culture)}", weight: TextWeight.Bolder, spacing: Spacing.None),
                Text(result.Shown
                    ? EvaluationText.Format(EvaluationKeys.FactorShown, culture, [EvaluationText.Number(result.Average!.Value, culture), result.Answers, .. result.Distribution.Cast<object?>()])
                    : EvaluationText.Format(EvaluationKeys.FactorHidden, culture, result.Answers, CooperationResults.MinimumAnswers),
                    size: TextSize.Small, subtle: !result.Shown, spacing: Spacing.None),
            };
            foreach (var comment in result.Comments)
            {
                items.Add(Text("– " + comment, size: TextSize.Small, subtle: true, spacing: Spacing.None));
            }

            body.Add(Container(items, spacing: Spacing.Small));
        }

        if (manages)
        {
            body.Add(Heading(EvaluationText.Get(EvaluationKeys.NextRoundHeading, culture)));
            if (project.Phase != KvuPhase.Evaluatie)
            {
                body.Add(Text(EvaluationText.Format(EvaluationKeys.NextRoundNotYet, culture, FormationText.Name(project.Phase, culture)), spacing: Spacing.Small));
            }
            else
            {
                body.Add(Text(EvaluationText.Get(EvaluationKeys.NextRoundOffer, culture), spacing: Spacing.Small));
                var open = project.OpenKnelpunten;
                body.Add(Text(EvaluationText.Get(open.Count == 0 ? EvaluationKeys.NoOpenKnelpunten : EvaluationKeys.CarriedKnelpunten, culture), weight: TextWeight.Bolder));
                foreach (var knelpunt in open)
                {
                    body.Add(Text(EvaluationText.Format(EvaluationKeys.KnelpuntCarried, culture, knelpunt.Id, FormationText.Name(knelpunt.Theme, culture), knelpunt.Text), size: TextSize.Small, spacing: Spacing.None));
                }

                actions.Add(CardActions.Submit(EvaluationText.Get(EvaluationKeys.ButtonNextRound, culture), CardVerb.With([], CycleVerbs.NextPhase), ActionStyle.Positive));
            }
        }

        return AdaptiveCard.Create(body, actions);
    }
}
