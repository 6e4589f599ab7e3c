namespace Kvu.Bot.Common;

public static class PeriodicRounds
{
    /// <summary>
    /// Runs <typeparamref name="TRound"/> (registered by its feature) in the background every <paramref name="interval"/>
    /// (<see cref="PeriodicRoundService{TRound}"/>); <paramref name="work"/> names the round in the log.
    /// </summary>
    public static IServiceCollection AddPeriodicRound<TRound>(this IServiceCollection services, string work, Func<IServiceProvider, TimeSpan> interval)
        where TRound : class, IPeriodicRound
    {
        services.AddSingleton(new PeriodicRoundSchedule<TRound>(work, interval));
        services.AddHostedService<PeriodicRoundService<TRound>>();
        return services;
    }
}
