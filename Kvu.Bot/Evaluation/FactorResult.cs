using Kvu.Bot.Formation;

namespace Kvu.Bot.Evaluation;

/// <summary>
/// A success factor as the werkgroep scored it, without who scored what: how many scored it and, only when enough did
/// (<see cref="CooperationResults.MinimumAnswers"/>), the average, how many gave each score (1 to 5) and the comments
/// in alphabetical order. Below that everything but the count is empty.
/// </summary>
public sealed record FactorResult(SuccessFactor Factor, int Answers, decimal? Average, IReadOnlyList<int> Distribution, IReadOnlyList<string> Comments)
{
    public bool Shown => Average is not null;
}
