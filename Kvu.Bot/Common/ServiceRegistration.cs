using Microsoft.Extensions.DependencyInjection.Extensions;

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
    /// Runs <typeparamref name="TRound"/> (a singleton, registered here) in the background every interval its options
    /// give (<see cref="PeriodicRoundService{TRound}"/>); <paramref name="work"/> names the round in the log.
    /// </summary>
    public static IServiceCollection AddPeriodicRound<TRound, TOptions>(this IServiceCollection services, string work, Func<TOptions, TimeSpan> interval)
        where TRound : class, IPeriodicRound
        where TOptions : class =>
        services.AddRound(new PeriodicRoundSchedule<TRound>(work, sp => interval(OptionsOf<TOptions>(sp))));

    /// <summary>
    /// A round that catches up: it also runs as the app starts (what fell due while the app was down), and
    /// <paramref name="setting"/>, a switch in its options, turns its loop off (tests drive such rounds themselves).
    /// </summary>
    public static IServiceCollection AddCatchUpRound<TRound, TOptions>(this IServiceCollection services, string work, Func<TOptions, TimeSpan> interval,
        string setting, Func<TOptions, bool> isOn)
        where TRound : class, IPeriodicRound
        where TOptions : class =>
        services.AddRound(new PeriodicRoundSchedule<TRound>(work, sp => interval(OptionsOf<TOptions>(sp)))
        {
            Switch = (setting, sp => isOn(OptionsOf<TOptions>(sp))),
            FirstRoundNow = true,
        });

    private static IServiceCollection AddRound<TRound>(this IServiceCollection services, PeriodicRoundSchedule<TRound> schedule)
        where TRound : class, IPeriodicRound
    {
        services.TryAddSingleton<TRound>();
        services.AddSingleton(schedule);
        services.AddHostedService<PeriodicRoundService<TRound>>();
        return services;
    }

    private static TOptions OptionsOf<TOptions>(IServiceProvider services)
        where TOptions : class => services.GetRequiredService<IOptions<TOptions>>().Value;
}
