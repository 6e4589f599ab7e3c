using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Plan;

public static class PlanServiceCollectionExtensions
{
    /// <summary>The plan van aanpak: goals, measures (rows of their own in the project's partition), samenwerkingsstructuur, evaluation plan, the plan as a group decision, and the convenant with its reminders.</summary>
    public static IServiceCollection AddKvuPlan(this IServiceCollection services)
    {
        services.AddSingleton<MeasureStore>();
        services.AddSingleton<Storage.PersonalData.IPersonalDataHolder, MeasuresPersonalData>();
        services.AddSingleton<PlanDecision>();
        services.AddSingleton<Approvals.IDecisionSettler, PlanSettler>();
        services.AddSingleton<IMessageFeature, MeasureConversation>();
        services.AddSingleton<IMessageFeature, GoalConversation>();
        services.AddSingleton<IMessageFeature, CooperationConversation>();
        services.AddSingleton<IMessageFeature, PlanConversation>();
        services.AddSingletonAlso<Approvals.IProjectReminders, ConvenantReminders>();
        services.AddSingleton<IMessageFeature, ConvenantConversation>();
        services.AddSingleton<ICardActionFeature, ConvenantActions>();
        services.AddSingleton<StatusPosts.IReportSection, ConvenantSection>();
        return services;
    }
}
