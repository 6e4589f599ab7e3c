using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Cycle;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// A member's survey card: send her scores, change them, or see her own answer when Teams refreshes the card. Who she
/// is comes from Teams (tenant and AAD object id), never from the card; she must hold a seat in the project, and she
/// only ever reads and writes her own answer.
/// </summary>
public sealed class SurveyActions(CycleProjects finder, CooperationStore store, ILogger<SurveyActions> logger) : ICardActionFeature
{
    public IReadOnlyCollection<string> Verbs { get; } = [EvaluationVerbs.SurveyPrefix];

    public async Task<JsonObject> HandleAsync(CardInvoke action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var culture = action.Culture;
        var me = action.User.AadObjectId;
        var project = await finder.OfCardAsync(action, cancellationToken);
        var evaluation = project is null || !int.TryParse(action.Field(SurveyCard.RoundField), NumberStyles.None, CultureInfo.InvariantCulture, out var round)
            ? null : await store.GetAsync(project, round, cancellationToken);
        if (project is null || evaluation is null || !CooperationSurvey.IsAsked(project, me))
        {
            logger.LogWarning("Survey {Verb} on {ProjectId} refused for {AadObjectId} in tenant {TenantId}", action.Verb, action.Field(EvaluationVerbs.ProjectField), me, action.User.TenantId);
            return AdaptiveCard.Notice(EvaluationText.Get(EvaluationKeys.SurveyNotYours, culture));
        }

        var mine = await store.GetAnswerAsync(project, evaluation.Round, me, cancellationToken);
        if (evaluation.Closed || (action.Verb == EvaluationVerbs.SurveyShow && mine is not null))
        {
            return SurveyCard.Answered(project, evaluation, mine, me, culture);
        }

        if (action.Verb != EvaluationVerbs.SurveyAnswer)
        {
            return SurveyCard.Form(project, evaluation.Round, mine, null, me, culture);
        }

        var (scores, problems) = Read(action, culture);
        if (problems.Count > 0)
        {
            return SurveyCard.Form(project, evaluation.Round, mine, problems, me, culture, action.Field);
        }

        var answer = new CooperationAnswer(project.Id, evaluation.Round, me, scores, action.Now);
        await store.SaveAnswerAsync(answer, cancellationToken);
        return SurveyCard.Answered(project, evaluation, answer, me, culture);
    }

    /// <summary>Each factor's score (1 to 5, or none) and comment, with a problem per factor; at least one score.</summary>
    private static (IReadOnlyList<FactorScore> Scores, IReadOnlyDictionary<string, string> Problems) Read(CardInvoke action, CultureInfo culture)
    {
        var scores = new List<FactorScore>();
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var factor in Enum.GetValues<SuccessFactor>())
        {
            var said = action.Field(SurveyCard.ScorePrefix + factor);
            var comment = UserText.Clean(action.Field(SurveyCard.CommentPrefix + factor)).Trim();
            if (comment.Length > InputLimits.Comment)
            {
                problems[factor.ToString()] = EvaluationText.Format(EvaluationKeys.ErrorCommentTooLong, culture, InputLimits.Comment, comment.Length);
            }

            if (string.IsNullOrWhiteSpace(said))
            {
                if (comment.Length > 0 && !problems.ContainsKey(factor.ToString()))
                {
                    problems[factor.ToString()] = EvaluationText.Get(EvaluationKeys.ErrorCommentWithoutScore, culture);
                }

                continue;
            }

            if (!int.TryParse(said, NumberStyles.None, CultureInfo.InvariantCulture, out var score) || score is < 1 or > 5)
            {
                problems[factor.ToString()] = EvaluationText.Get(EvaluationKeys.ErrorScore, culture);
                continue;
            }

            scores.Add(new FactorScore(factor, score, comment.Length == 0 ? null : comment));
        }

        if (scores.Count == 0 && problems.Count == 0)
        {
            problems[string.Empty] = EvaluationText.Get(EvaluationKeys.ErrorNoScores, culture);
        }

        return (scores, problems);
    }
}
