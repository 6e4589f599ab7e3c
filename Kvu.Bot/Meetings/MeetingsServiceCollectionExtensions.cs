using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Meetings;

public static class MeetingsServiceCollectionExtensions
{
    public static IServiceCollection AddKvuMeetings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
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
        services.AddSingleton<IProgressPoster, BotProgressPoster>();
        services.AddSingleton<IMessageFeature, SummaryFeature>();
        return services;
    }
}
