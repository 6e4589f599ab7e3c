using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Evaluation;

public static class EvaluationServiceCollectionExtensions
{
    /// <summary>The Evaluatie: metingen against the nulmeting and the goals they show.</summary>
    public static IServiceCollection AddKvuEvaluation(this IServiceCollection services)
    {
        services.AddSingleton<MetingRecorder>();
        services.AddSingleton<IMessageFeature, MetingConversation>();
        services.AddSingleton<ICardActionFeature, MetingActions>();
        return services;
    }
}
