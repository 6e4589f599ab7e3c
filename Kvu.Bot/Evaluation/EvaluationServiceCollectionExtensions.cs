using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Evaluation;

public static class EvaluationServiceCollectionExtensions
{
    /// <summary>The Evaluatie: metingen against the nulmeting and the goals they show; the werkgroep's evaluation of its own cooperation.</summary>
    public static IServiceCollection AddKvuEvaluation(this IServiceCollection services)
    {
        services.AddSingleton<MetingRecorder>();
        services.AddSingleton<IMessageFeature, MetingConversation>();
        services.AddSingleton<ICardActionFeature, MetingActions>();
        services.AddSingleton<CooperationStore>();
        services.AddSingleton<CooperationSurvey>();
        services.AddSingleton<Storage.PersonalData.IPersonalDataHolder, CooperationPersonalData>();
        services.AddSingleton<IMessageFeature, CooperationConversation>();
        services.AddSingleton<ICardActionFeature, SurveyActions>();
        return services;
    }
}
