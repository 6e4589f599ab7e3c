namespace Kvu.Bot.Evaluation;

/// <summary>
/// A measure's state in the Uitvoering with a short note, as its owner (or the projectleider) last set it. Kept beside
/// the measure as a row of its own, so the plan's measure and its progress are changed by different people without
/// getting in each other's way. A measure without one is Gepland.
/// </summary>
public sealed record MeasureProgress(string ProjectId, string MeasureId, MeasureState State, string? Note, DateTimeOffset UpdatedAt)
{
    /// <summary>Not finished (gereed or gestopt) while its end date has passed.</summary>
    public static bool IsOverdue(MeasureState state, DateOnly end, DateOnly today) =>
        state is not (MeasureState.Gereed or MeasureState.Gestopt) && end < today;
}
