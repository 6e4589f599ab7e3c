using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>
    /// The AVG: export and erasure of one person's data (in the bot for a projectleider's projects, and for a tenant's
    /// administrator), archiving projects and deleting them after the retention period. Every feature that keeps rows
    /// registers an IPersonalDataHolder; this part only asks them.
    /// </summary>
    public static IServiceCollection AddKvuPrivacy(this IServiceCollection services)
    {
        services.AddCheckedOptions<PrivacyOptions>(PrivacyOptions.SectionName);
        services.AddDataProtection();
        services.AddHttpContextAccessor();
        services.AddSingleton<PersonDirectory>();
        services.AddSingleton<PersonalDataScopes>();
        services.AddSingleton<PersonalDataService>();
        services.AddSingleton<ExportLinks>();
        services.AddSingleton<PublicAddress>();
        services.AddSingleton<ProjectArchiving>();
        services.AddCatchUpRound<ProjectRetention, PrivacyOptions>("Retention run", o => o.RetentionInterval,
            $"{PrivacyOptions.SectionName}:{nameof(PrivacyOptions.RetentionEnabled)}", o => o.RetentionEnabled);
        services.AddSingletonAlso<IMessageFeature, PrivacyConversation>();
        return services;
    }
}
