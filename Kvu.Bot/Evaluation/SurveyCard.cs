using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// The card in a member's own chat that asks her to score the ten success factors, 1 to 5, each with an optional
/// comment. Its button is Action.Execute, and it refreshes for her alone (refresh.userIds): after sending she sees her
/// own answer in place of the questions, and can change it until the evaluation is closed. The card carries the
/// project and round, never who she is: Teams says that with every click.
/// </summary>
public static class SurveyCard
{
    public const string ScorePrefix = "score.";
    public const string CommentPrefix = "comment.";
    public const string RoundField = "round";

    public static JsonObject Form(KvuProject project, int round, CooperationAnswer? answer, IReadOnlyDictionary<string, string>? problems, string viewer, CultureInfo culture, Func<string, string?>? sent = null)
    {
        ArgumentNullException.ThrowIfNull(project);
        problems ??= new Dictionary<string, string>();
        var body = new JsonArray
        {
            Title(EvaluationText.Format(EvaluationKeys.SurveyTitle, culture, project.Gemeente, project.Uitgaansgebied)),
            Text(EvaluationText.Format(EvaluationKeys.SurveyIntro, culture, CooperationResults.MinimumAnswers), subtle: true, spacing: Spacing.Small),
        };
        if (problems.TryGetValue(string.Empty, out var general))
        {
            body.Add(Text(general, color: TextColor.Attention, weight: TextWeight.Bolder));
        }

        var number = 0;
        foreach (var factor in Enum.GetValues<SuccessFactor>())
        {
            number++;
            var given = answer?.Scores.FirstOrDefault(s => s.Factor == factor);
            var score = sent is null ? given?.Score.ToString(CultureInfo.InvariantCulture) : CardInputs.Prefill(sent(ScorePrefix + factor));
            var comment = sent is null ? given?.Comment : CardInputs.Prefill(sent(CommentPrefix + factor));
            body.Add(Text($"{number}. {FormationText.Name(factor, culture)}", weight: TextWeight.Bolder, separator: number > 1));
            body.Add(CardInputs.Choices(ScorePrefix + factor, EvaluationText.Get(EvaluationKeys.LabelScore, culture),
                Enumerable.Range(1, 5).Select(s => (EvaluationText.Get($"Score_{s}", culture), s.ToString(CultureInfo.InvariantCulture))),
                ChoiceInputStyle.Compact, placeholder: EvaluationText.Get(EvaluationKeys.PlaceholderScore, culture), value: score));
            body.Add(CardInputs.Text(CommentPrefix + factor, EvaluationText.Get(EvaluationKeys.LabelComment, culture), value: comment, maxLength: InputLimits.Comment));
            if (problems.TryGetValue(factor.ToString(), out var problem))
            {
                body.Add(CardInputs.Problem(problem));
            }
        }

        var data = Data(project, round);
        var card = AdaptiveCard.Create(body, new JsonArray
        {
            CardActions.Execute(EvaluationText.Get(EvaluationKeys.ButtonSend, culture), EvaluationVerbs.SurveyAnswer, data, CardVerb.Field, ActionStyle.Positive),
        });
        return WithRefresh(card, data, viewer);
    }

    /// <summary>Her answer as she gave it (or that she gave none), and while the evaluation is open a button to change it.</summary>
    public static JsonObject Answered(KvuProject project, CooperationEvaluation evaluation, CooperationAnswer? answer, string viewer, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(evaluation);
        var body = new JsonArray { Title(EvaluationText.Format(EvaluationKeys.SurveyTitle, culture, project.Gemeente, project.Uitgaansgebied)) };
        if (answer is not null)
        {
            body.Add(Text(EvaluationText.Format(EvaluationKeys.SurveyAnswered, culture, EvaluationText.Date(DutchTime.Date(answer.AnsweredAt), culture)), color: TextColor.Good, spacing: Spacing.Small));
            var number = 0;
            foreach (var factor in Enum.GetValues<SuccessFactor>())
            {
                number++;
                var given = answer.Scores.FirstOrDefault(s => s.Factor == factor);
                var score = given is null ? EvaluationText.Get(EvaluationKeys.NoScore, culture) : given.Score.ToString(CultureInfo.InvariantCulture);
                body.Add(Text($"{number}. {FormationText.Name(factor, culture)}: **{score}**", size: TextSize.Small, spacing: Spacing.Small));
                if (given?.Comment is { Length: > 0 } comment)
                {
                    body.Add(Text(comment, subtle: true, size: TextSize.Small, spacing: Spacing.None));
                }
            }
        }

        if (evaluation.Closed)
        {
            body.Add(Text(EvaluationText.Format(answer is null ? EvaluationKeys.SurveyClosedUnanswered : EvaluationKeys.SurveyClosed, culture,
                EvaluationText.Date(DutchTime.Date(evaluation.ClosedAt!.Value), culture)), subtle: true));
        }

        var data = Data(project, evaluation.Round);
        var actions = new JsonArray();
        if (!evaluation.Closed)
        {
            actions.Add(CardActions.Execute(EvaluationText.Get(EvaluationKeys.ButtonChange, culture), EvaluationVerbs.SurveyEdit, data, CardVerb.Field));
        }

        return WithRefresh(AdaptiveCard.Create(body, actions), data, viewer);
    }

    public static JsonObject Data(KvuProject project, int round) => new()
    {
        [EvaluationVerbs.ProjectField] = project.Id,
        [RoundField] = round.ToString(CultureInfo.InvariantCulture),
    };

    private static JsonObject WithRefresh(JsonObject card, JsonObject data, string viewer) =>
        AdaptiveCard.WithRefresh(card, EvaluationVerbs.SurveyShow, CardVerb.With((JsonObject)data.DeepClone(), EvaluationVerbs.SurveyShow), [viewer]);
}
