using Kvu.Bot.Conversations;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace Kvu.Bot.Hosting;

public static class BotHostingExtensions
{
    /// <summary>
    /// The Bot Framework edge: authentication from the SDK's own keys (MicrosoftAppType MultiTenant, SingleTenant
    /// or UserAssignedMSI), the adapter, conversation and user state over the registered IStorage, the bot, and the one
    /// proactive sender with its per-tenant pacing.
    /// </summary>
    public static IServiceCollection AddKvuBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotAuthenticationOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>();
        services.AddHttpClient();
        services.AddSingleton(TimeProvider.System);

        services.AddSingleton<ReusedConnectorClients>();
        services.AddSingleton<BotFrameworkAuthentication>(sp => new ReusingBotFrameworkAuthentication(
            new ConfigurationBotFrameworkAuthentication(
                configuration,
                httpClientFactory: sp.GetRequiredService<IHttpClientFactory>(),
                logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()),
            sp.GetRequiredService<ReusedConnectorClients>()));
        services.AddSingleton<TurnErrorHandler>();
        services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.SectionName);
        services.AddSingleton<FixedLocaleMiddleware>();
        services.AddSingleton<IBotFrameworkHttpAdapter, KvuAdapter>();

        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        services.AddSingleton<ConversationTracker>();
        services.AddSingleton<Storage.PersonalData.IPersonalDataHolder, ConversationPersonalData>();
        services.AddSingleton<VerbOwners>();
        services.AddSingleton<MessageGate>();
        services.AddSingleton<MessageRouter>();
        services.AddCheckedOptions<ProactiveOptions>(ProactiveOptions.SectionName);
        services.AddSingleton<TenantRateLimiter>();
        services.AddSingleton<ProactiveSender>();
        services.AddTransient<IBot, KvuBot>();
        return services;
    }
}
