namespace Kvu.Bot.Common;

/// <summary>The registrations the features' <c>Add…</c> methods share, written once.</summary>
public static class ServiceRegistration
{
    /// <summary>
    /// Binds <typeparamref name="TOptions"/> to its configuration section and checks its data annotations when the app
    /// starts, so a wrong setting stops the start with its name instead of failing the first user who meets it.
    /// </summary>
    public static OptionsBuilder<TOptions> AddCheckedOptions<TOptions>(this IServiceCollection services, string sectionName)
        where TOptions : class =>
        services.AddOptions<TOptions>().BindConfiguration(sectionName).ValidateDataAnnotations().ValidateOnStart();

    /// <summary>
    /// One singleton <typeparamref name="TImplementation"/>, injected by its own type and also found among the
    /// <typeparamref name="TService"/>s (a feature's conversation listed with the other message features): one instance for both.
    /// </summary>
    public static IServiceCollection AddSingletonAlso<TService, TImplementation>(this IServiceCollection services)
        where TService : class
        where TImplementation : class, TService
    {
        services.AddSingleton<TImplementation>();
        return services.AddSingleton<TService>(sp => sp.GetRequiredService<TImplementation>());
    }

    /// <summary>
    /// Runs <typeparamref name="TRound"/> (registered by its feature) in the background every <paramref name="interval"/>
    /// (<see cref="PeriodicRoundService{TRound}"/>); <paramref name="work"/> names the round in the log. With
    /// <paramref name="configure"/> a round says which setting switches it off and whether it runs as the app starts.
    /// </summary>
    public static IServiceCollection AddPeriodicRound<TRound>(this IServiceCollection services, string work, Func<IServiceProvider, TimeSpan> interval,
        Func<PeriodicRoundSchedule<TRound>, PeriodicRoundSchedule<TRound>>? configure = null)
        where TRound : class, IPeriodicRound
    {
        var schedule = new PeriodicRoundSchedule<TRound>(work, interval);
        services.AddSingleton(configure is null ? schedule : configure(schedule));
        services.AddHostedService<PeriodicRoundService<TRound>>();
        return services;
    }
}
