using Kvu.Bot.Formation;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// The werkgroep's scores aggregated so that nobody's own answer can be read from them. An average of one or two
/// answers is someone's score (or, knowing your own, the other's), so a factor's figures and comments are shown only
/// when at least <see cref="MinimumAnswers"/> members scored it; and only once the evaluation is closed, since
/// figures that change with each new answer would show what that answer was. Comments are sorted, never in the order
/// given, so they cannot be matched to the list of who answered.
/// </summary>
public static class CooperationResults
{
    public const int MinimumAnswers = 3;

    public static IReadOnlyList<FactorResult> Aggregate(IReadOnlyList<CooperationAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return [.. Enum.GetValues<SuccessFactor>().Select(factor =>
        {
            var scores = answers.SelectMany(a => a.Scores).Where(s => s.Factor == factor).ToList();
            if (scores.Count < MinimumAnswers)
            {
                return new FactorResult(factor, scores.Count, null, [], []);
            }

            var average = Math.Round((decimal)scores.Average(s => s.Score), 1, MidpointRounding.AwayFromZero);
            var distribution = Enumerable.Range(1, 5).Select(score => scores.Count(s => s.Score == score)).ToList();
            var comments = scores.Select(s => s.Comment).OfType<string>().Where(c => c.Length > 0).Order(StringComparer.Ordinal).ToList();
            return new FactorResult(factor, scores.Count, average, distribution, comments);
        })];
    }
}
