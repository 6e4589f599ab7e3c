using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Plan;

public static class PlanServiceCollectionExtensions
{
    /// <summary>The plan van aanpak beyond its goals: the measures (rows of their own in the project's partition).</summary>
    public static IServiceCollection AddKvuPlan(this IServiceCollection services)
    {
        services.AddSingleton<MeasureStore>();
        services.AddSingleton<Storage.PersonalData.IPersonalDataHolder, MeasuresPersonalData>();
        services.AddSingleton<IMessageFeature, MeasureConversation>();
        return services;
    }
}
