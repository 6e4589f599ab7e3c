using Kvu.Bot.Conversations.Flows;

namespace Kvu.Bot.Approvals;

public static class ApprovalsServiceCollectionExtensions
{
    /// <summary>Group decisions with Adaptive Cards (Universal Actions): their store, card actions and commands.</summary>
    public static IServiceCollection AddKvuApprovals(this IServiceCollection services)
    {
        services.AddSingleton<ApprovalStore>();
        services.AddSingleton<GroupDecisionActions>();
        services.AddSingleton<ICardActionFeature>(sp => sp.GetRequiredService<GroupDecisionActions>());
        services.AddSingleton<ApprovalConversation>();
        services.AddSingleton<IMessageFeature>(sp => sp.GetRequiredService<ApprovalConversation>());
        return services;
    }
}
