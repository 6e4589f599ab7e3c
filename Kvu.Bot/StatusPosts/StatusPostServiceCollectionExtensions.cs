using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kvu.Bot.StatusPosts;

public static class StatusPostServiceCollectionExtensions
{
    /// <summary>
    /// The progress report (its facts, card sections and poster), its "samenvatting" command, and the weekly status
    /// post: schedule command, stores, delivery, the scheduler loop.
    /// </summary>
    public static IServiceCollection AddKvuStatusPosts(this IServiceCollection services)
    {
        services.AddCheckedOptions<StatusPostOptions>(StatusPostOptions.SectionName);
        services.AddMetrics();
        services.AddSingleton<StatusScheduleStore>();
        services.AddSingleton<StatusClaimStore>();
        services.AddSingleton<Storage.PersonalData.IPersonalDataHolder, StatusPostsPersonalData>();
        services.AddSingleton<StatusPostMetrics>();
        services.AddSingleton<IReportSection, ChangesSection>();
        services.AddSingleton<IReportSection, CompositionSection>();
        services.AddSingleton<IReportSection, OpenPointsSection>();
        services.AddSingleton<IReportSection, DecisionsSection>();
        services.AddSingleton<IReportSection, SuccessFactorsSection>();
        services.AddSingleton<IReportSection, TasksSection>();
        services.AddSingleton<ReportBuilder>();
        services.AddSingleton<BotReportPoster>();

        // Meetings/ replaces it when summaries are to be posted as the projectleider (Graph:Poster = Delegated).
        services.TryAddSingleton<IReportPoster>(sp => sp.GetRequiredService<BotReportPoster>());
        services.AddSingleton<StatusDelivery>();
        services.AddSingleton<StatusTenantPosts>();
        services.AddSingleton<StatusPostRunner>();
        services.AddSingleton<StatusBackfill>();
        services.AddSingleton<IWerkgroepChannelListener, StatusChannelListener>();
        services.AddSingleton<IMessageFeature, StatusScheduleFeature>();
        services.AddSingleton<IMessageFeature, SummaryFeature>();
        services.AddCatchUpRound<WeeklyStatusRound, StatusPostOptions>("Weekly status run", o => o.PollInterval,
            $"{StatusPostOptions.SectionName}:{nameof(StatusPostOptions.BackgroundEnabled)}", o => o.BackgroundEnabled);
        return services;
    }
}
