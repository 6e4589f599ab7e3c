using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Evaluation;

public static class EvaluationServiceCollectionExtensions
{
    /// <summary>The Evaluatie: metingen against the nulmeting and the goals they show; the werkgroep's evaluation of its own cooperation; the measures' progress (the voortgangsmatrix) and the reminders to their owners.</summary>
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
        services.AddSingleton<ProgressStore>();
        services.AddSingleton<Storage.PersonalData.IPersonalDataHolder, ProgressPersonalData>();
        services.AddSingleton<IMessageFeature, ProgressConversation>();
        services.AddSingleton<ICardActionFeature, ProgressActions>();
        services.AddCheckedOptions<MeasureReminderOptions>(MeasureReminderOptions.SectionName);
        services.AddSingleton<Storage.PersonalData.IPersonalDataHolder, MeasureReminderMarks>();
        services.AddSingleton<StatusPosts.IReportFacts, MeasureReportFacts>();
        services.AddSingleton<StatusPosts.IReportSection, MeasuresSection>();
        services.AddPeriodicRound<MeasureReminders, MeasureReminderOptions>("Measure reminder round", o => o.Interval);
        return services;
    }
}
