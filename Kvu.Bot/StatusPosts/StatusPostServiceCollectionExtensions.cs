using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;

namespace Kvu.Bot.StatusPosts;

public static class StatusPostServiceCollectionExtensions
{
    /// <summary>The weekly status post: schedule command, stores, card sections, delivery, the scheduler loop.</summary>
    public static IServiceCollection AddKvuStatusPosts(this IServiceCollection services)
    {
        services.AddOptions<StatusPostOptions>()
            .BindConfiguration(StatusPostOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddMetrics();
        services.AddSingleton<StatusScheduleStore>();
        services.AddSingleton<StatusClaimStore>();
        services.AddSingleton<StatusPostMetrics>();
        services.AddSingleton<IStatusSection, ChangesSection>();
        services.AddSingleton<IStatusSection, MeetingsSection>();
        services.AddSingleton<IStatusSection, OpenPointsSection>();
        services.AddSingleton<IStatusSection, SuccessFactorsSection>();
        services.AddSingleton<StatusFacts>();
        services.AddSingleton<StatusDelivery>();
        services.AddSingleton<StatusTenantPosts>();
        services.AddSingleton<StatusPostRunner>();
        services.AddSingleton<StatusBackfill>();
        services.AddSingleton<IWerkgroepChannelListener, StatusChannelListener>();
        services.AddSingleton<IMessageFeature, StatusScheduleFeature>();
        services.AddHostedService<StatusPostScheduler>();
        return services;
    }
}
