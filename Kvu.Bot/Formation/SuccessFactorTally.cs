namespace Kvu.Bot.Formation;

/// <summary>
/// The success factors as the werkgroep counts them, in every card, report and the dashboard: the factors that apply to
/// this project, how many of those are in orde, and which are still open. A factor the data makes moot (a
/// restaurants' representative where no restaurants take part) does not apply while nobody judged it; once someone
/// did, their judgement counts.
/// </summary>
public sealed record SuccessFactorTally(int Met, IReadOnlyList<SuccessFactorState> Applying)
{
    public int Count => Applying.Count;

    public bool AllMet => Met == Count;

    public IEnumerable<SuccessFactorState> Open => Applying.Where(f => f.Status != SuccessFactorStatus.Met);

    public bool Applies(SuccessFactor factor) => Applying.Any(f => f.Factor == factor);

    public static SuccessFactorTally Of(KvuProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var moot = SuccessFactorAdvice.Evaluate(project).Where(s => s.Suggested == SuggestedStatus.NotApplicable).Select(s => s.Factor).ToHashSet();
        var applying = project.SuccessFactors.Where(f => f.Status != SuccessFactorStatus.Open || !moot.Contains(f.Factor)).ToList();
        return new(applying.Count(f => f.Status == SuccessFactorStatus.Met), applying);
    }
}
