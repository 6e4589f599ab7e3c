using Kvu.Bot.Approvals;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.StatusPosts;

namespace Kvu.Bot.Cycle;

public static class CycleServiceCollectionExtensions
{
    /// <summary>The KVU after the werkgroep is formed: the phases with their checklists, the phase move as a group decision, the Veiligheidsanalyse.</summary>
    public static IServiceCollection AddKvuCycle(this IServiceCollection services)
    {
        services.AddSingleton<CycleProjects>();
        services.AddSingleton<FindingStore>();
        services.AddSingleton<Storage.PersonalData.IPersonalDataHolder, FindingsPersonalData>();
        services.AddSingleton<IDecisionSettler, PhaseMoveSettler>();
        services.AddSingleton<IMessageFeature, PhaseConversation>();
        services.AddSingleton<IMessageFeature, AnalysisConversation>();
        services.AddSingleton<IReportSection, PhaseSection>();
        return services;
    }
}
