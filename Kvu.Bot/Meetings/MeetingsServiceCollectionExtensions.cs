using Kvu.Bot.Formation;
using Kvu.Bot.Conversations.Flows;
using Microsoft.Extensions.Options;

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
            sp.GetRequiredService<ProjectStore>(),
            sp.GetRequiredService<ProjectAccessStore>(),
            sp.GetRequiredService<Storage.ConversationStore>(),
            sp.GetRequiredService<Conversations.ProactiveSender>(),
            sp.GetRequiredService<MeetingStore>(),
            sp.GetRequiredService<GraphCalendarSource>().Calendar,
            sp.GetRequiredService<ILogger<MeetingConversation>>()));
        // Graph:Poster = Delegated posts as the projectleider when the token service has their token (falling back to
        // the bot); otherwise the bot posts proactively. Chosen when first resolved, from the bound options.
        services.AddSingleton<BotProgressPoster>();
        services.AddSingleton<IDelegatedTokenProvider, BotTokenServiceTokenProvider>();
        services.AddSingleton<GraphChannelPoster>();
        services.AddSingleton<IProgressPoster>(sp => sp.GetRequiredService<IOptions<GraphOptions>>().Value.Delegated
            ? new DelegatedProgressPoster(sp.GetRequiredService<GraphChannelPoster>(), sp.GetRequiredService<BotProgressPoster>())
            : sp.GetRequiredService<BotProgressPoster>());
        services.AddSingleton<ProgressSummaries>();
        services.AddSingleton<IMessageFeature, SummaryFeature>();
        services.AddSingleton<MeetingSummaryRunner>();
        services.AddHostedService<MeetingSummaryScheduler>();
        return services;
    }
}
