namespace Kvu.Bot.Formation;

/// <summary>
/// The success factors as the werkgroep counts them, in every card, report and the dashboard: the factors that apply to
/// this project, how many of those are in orde, and which are still open. A factor the data makes moot (a
/// restaurants' representative where no restaurants take part) does not apply while nobody judged it; once someone
/// did, their judgement counts. <see cref="Advice"/> is what the data suggests per factor, read in the same pass.
/// </summary>
public sealed record SuccessFactorTally(int Met, IReadOnlyList<SuccessFactorState> Applying, IReadOnlyDictionary<SuccessFactor, SuggestedStatus> Advice)
{
    public int Count => Applying.Count;

    public bool AllMet => Met == Count;

    public IEnumerable<SuccessFactorState> Open => Applying.Where(f => f.Status != SuccessFactorStatus.Met);

    public bool Applies(SuccessFactor factor) => Applying.Any(f => f.Factor == factor);

    public SuggestedStatus Suggested(SuccessFactor factor) => Advice.TryGetValue(factor, out var suggested) ? suggested : SuggestedStatus.NoData;

    public static SuccessFactorTally Of(KvuProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var advice = SuccessFactorAdvice.Evaluate(project).ToDictionary(s => s.Factor, s => s.Suggested);
        var applying = project.SuccessFactors.Where(f => f.Status != SuccessFactorStatus.Open || advice.GetValueOrDefault(f.Factor) != SuggestedStatus.NotApplicable).ToList();
        return new(applying.Count(f => f.Status == SuccessFactorStatus.Met), applying, advice);
    }
}
