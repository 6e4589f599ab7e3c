using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Meetings;

public static class MeetingsServiceCollectionExtensions
{
    public static IServiceCollection AddKvuMeetings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MeetingSummaryOptions>().BindConfiguration(MeetingSummaryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(new GraphTransport());
        services.AddSingleton<GraphCalendarSource>();
        services.AddSingleton<MeetingStore>();
        services.AddSingleton<IMessageFeature>(sp => new MeetingConversation(
            sp.GetRequiredService<Storage.ProjectStore>(),
            sp.GetRequiredService<Storage.ProjectAccessStore>(),
            sp.GetRequiredService<Storage.ConversationStore>(),
            sp.GetRequiredService<Conversations.ProactiveSender>(),
            sp.GetRequiredService<MeetingStore>(),
            sp.GetRequiredService<GraphCalendarSource>().Calendar,
            sp.GetRequiredService<ILogger<MeetingConversation>>()));
        // Graph:Poster = Delegated posts as the projectleider (needs an IDelegatedTokenProvider registered: Teams SSO +
        // on-behalf-of, not on this branch); otherwise the bot posts proactively.
        if (string.Equals(configuration[$"{GraphOptions.SectionName}:Poster"], "Delegated", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IProgressPoster, GraphChannelPoster>();
        }
        else
        {
            services.AddSingleton<IProgressPoster, BotProgressPoster>();
        }
        services.AddSingleton<ProgressSummaries>();
        services.AddSingleton<IMessageFeature, SummaryFeature>();
        services.AddSingleton<MeetingSummaryRunner>();
        services.AddHostedService<MeetingSummaryScheduler>();
        return services;
    }
}
