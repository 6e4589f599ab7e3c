namespace Kvu.Bot.Common;

/// <summary>
/// How often <see cref="PeriodicRoundService{TRound}"/> runs <typeparamref name="TRound"/>, and the round's name in the
/// log. The interval (and the switch) are read from the services when the loop starts, after the options validators
/// have spoken.
/// </summary>
public sealed record PeriodicRoundSchedule<TRound>(string Work, Func<IServiceProvider, TimeSpan> Interval)
    where TRound : class, IPeriodicRound
{
    /// <summary>
    /// The setting that can switch the loop off (its name for the log, and how to read it); none: always on. Tests
    /// switch the weekly status, the summaries and retention off and drive their runners themselves.
    /// </summary>
    public (string Setting, Func<IServiceProvider, bool> IsOn)? Switch { get; init; }

    /// <summary>Runs a first round as the app starts (what was due while it was down), not only at the first tick.</summary>
    public bool FirstRoundNow { get; init; }
}
