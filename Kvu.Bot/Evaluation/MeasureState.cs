namespace Kvu.Bot.Evaluation;

/// <summary>Where a measure of the plan stands in the Uitvoering (the voortgangsmatrix maatregelen).</summary>
public enum MeasureState
{
    Gepland,
    Loopt,
    Gereed,
    Vertraagd,
    Gestopt,
}
