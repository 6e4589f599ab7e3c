using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Formation.Flow;

public static class FormationServiceCollectionExtensions
{
    /// <summary>The werkgroep formation conversation: the flow engine, the formation flow and its commands.</summary>
    public static IServiceCollection AddKvuFormation(this IServiceCollection services)
    {
        services.AddKvuProjects();
        services.AddSingleton<FlowRunner>();
        services.AddSingleton<FormationSession>();
        services.AddSingleton<FormationFlow>();
        services.AddSingletonAlso<IMessageFeature, FormationConversation>();
        return services;
    }
}
