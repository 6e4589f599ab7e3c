namespace Kvu.Bot.Formation;

/// <summary>
/// A goal of the plan van aanpak. It is SMART when it names an indicator of the analysis (so the evaluation can measure
/// it against the nulmeting), a target value and a date (<see cref="Goals.Gaps"/>); a goal that is not yet SMART is
/// kept, with what is missing, so the werkgroep can complete it.
/// </summary>
public sealed record Goal(string Id, string Text, string? IndicatorId, decimal? Target, DateOnly? By)
{
    /// <summary>The knelpunten of the analysis this goal answers ("k1"): the plan runs from knelpunten to goals to measures.</summary>
    public IReadOnlyList<string> KnelpuntIds { get; init; } = [];
}
