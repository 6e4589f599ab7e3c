using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.StatusPosts;

namespace Kvu.Bot.Documents;

public static class DocumentsServiceCollectionExtensions
{
    /// <summary>The documents a gemeente files (plan van aanpak, intentieverklaring, convenant, voortgangsrapportage) and the reporting rhythm with its reminder to the projectleider.</summary>
    public static IServiceCollection AddKvuDocuments(this IServiceCollection services)
    {
        services.AddSingleton<DocumentReader>();
        services.AddSingleton<IMessageFeature, DocumentConversation>();
        services.AddSingleton<IReportSection, ReportingSection>();
        services.AddSingleton<ReportingReminderStore>();
        services.AddSingleton<Storage.PersonalData.IPersonalDataHolder, ReportingReminderMarks>();
        // As often as the approval reminders.
        services.AddPeriodicRound<ReportingReminders, Approvals.ApprovalsOptions>("Reporting reminder round", o => o.ReminderInterval);
        return services;
    }
}
