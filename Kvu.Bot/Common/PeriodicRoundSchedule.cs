namespace Kvu.Bot.Common;

/// <summary>
/// How often <see cref="PeriodicRoundService{TRound}"/> runs <typeparamref name="TRound"/>, and the round's name in the
/// log. The interval is read from the services when the loop starts, after the options validators have spoken.
/// </summary>
public sealed record PeriodicRoundSchedule<TRound>(string Work, Func<IServiceProvider, TimeSpan> Interval)
    where TRound : class, IPeriodicRound;
