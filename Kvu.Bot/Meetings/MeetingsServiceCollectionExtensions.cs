using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Formation;
using Kvu.Bot.StatusPosts;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kvu.Bot.Meetings;

public static class MeetingsServiceCollectionExtensions
{
    public static IServiceCollection AddKvuMeetings(this IServiceCollection services)
    {
        services.AddCheckedOptions<GraphOptions>(GraphOptions.SectionName);
        services.AddCheckedOptions<MeetingSummaryOptions>(MeetingSummaryOptions.SectionName);
        services.AddSingleton(new GraphTransport());
        services.AddSingleton<GraphCalendarSource>();
        services.AddSingleton<MeetingStore>();
        services.AddSingleton<Storage.PersonalData.IPersonalDataHolder, MeetingsPersonalData>();
        services.AddSingleton<IMessageFeature>(sp => new MeetingConversation(
            sp.GetRequiredService<ProjectStore>(),
            sp.GetRequiredService<ProjectAccessStore>(),
            sp.GetRequiredService<Storage.ConversationStore>(),
            sp.GetRequiredService<Conversations.ProactiveSender>(),
            sp.GetRequiredService<MeetingStore>(),
            sp.GetRequiredService<GraphCalendarSource>().Calendar,
            sp.GetRequiredService<Files.FileDelivery>(),
            sp.GetRequiredService<ILogger<MeetingConversation>>()));
        // The meetings in the progress report: their facts and sections, and the summary after each meeting.
        services.AddSingleton<IReportFacts, MeetingReportFacts>();
        services.AddSingleton<IReportSection, MeetingHeldSection>();
        services.AddSingleton<IReportSection, MeetingsSection>();
        services.AddSingleton<IReportSection, NextMeetingSection>();

        // Graph:Poster = Delegated posts a report as the projectleider who asked for it when the token service has
        // their token (falling back to the bot); otherwise the bot posts. Chosen when first resolved, from the bound options.
        services.AddSingleton<IDelegatedTokenProvider, BotTokenServiceTokenProvider>();
        services.AddSingleton<GraphChannelPoster>();
        services.Replace(ServiceDescriptor.Singleton<IReportPoster>(sp => sp.GetRequiredService<IOptions<GraphOptions>>().Value.Delegated
            ? new DelegatedReportPoster(sp.GetRequiredService<GraphChannelPoster>(), sp.GetRequiredService<BotReportPoster>())
            : sp.GetRequiredService<BotReportPoster>()));
        services.AddCatchUpRound<MeetingSummaryRunner, MeetingSummaryOptions>("Summary run", o => o.PollInterval,
            $"{MeetingSummaryOptions.SectionName}:{nameof(MeetingSummaryOptions.AutoSummaryEnabled)}", o => o.AutoSummaryEnabled);
        return services;
    }
}
