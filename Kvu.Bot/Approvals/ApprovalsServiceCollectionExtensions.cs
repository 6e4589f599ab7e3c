using Kvu.Bot.Formation;
using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Storage.PersonalData;

namespace Kvu.Bot.Approvals;

public static class ApprovalsServiceCollectionExtensions
{
    /// <summary>Group decisions and invitations with Adaptive Cards (Universal Actions): stores, card actions and commands.</summary>
    public static IServiceCollection AddKvuApprovals(this IServiceCollection services)
    {
        services.AddCheckedOptions<ApprovalsOptions>(ApprovalsOptions.SectionName);
        services.AddSingleton<ApprovalStore>();
        services.AddSingleton<IPersonalDataHolder, ApprovalsPersonalData>();
        services.AddSingleton<IProjectChangeListener, WerkgroepChanges>();
        services.AddSingleton<WerkgroepAlignment>();
        services.AddSingleton<DecisionViews>();
        services.AddSingleton(sp => new PersonReminders(sp.GetRequiredService<ApprovalStore>(), sp.GetRequiredService<PersonalChats>(),
            sp.GetRequiredService<Conversations.ProactiveSender>(), sp.GetRequiredService<ILogger<PersonReminders>>()));
        services.AddPeriodicRound<ApprovalReminders, ApprovalsOptions>("Approval reminder round", o => o.ReminderInterval);
        services.AddSingleton<ManualReminderQueue>();
        services.AddHostedService<ManualReminderService>();
        services.AddSingleton<InvitationStore>();
        services.AddSingleton<PersonalChats>();
        services.AddSingleton<ManagedProjects>();
        services.AddSingleton<InvitationSender>();
        services.AddSingleton<InvitationRounds>();
        services.AddSingleton<ITeamMembersFeature, TeamJoinInvitations>();
        services.AddSingletonAlso<ICardActionFeature, InvitationActions>();
        services.AddSingletonAlso<IMessageFeature, InvitationConversation>();
        services.AddSingleton<ApprovedDecisions>();
        services.AddSingletonAlso<ICardActionFeature, GroupDecisionActions>();
        services.AddSingleton<MemberExpectations>();
        services.AddSingletonAlso<IMessageFeature, ExpectationConversation>();
        services.AddSingleton<WerkgroepChannelPost>();
        services.AddSingletonAlso<IMessageFeature, ApprovalConversation>();
        return services;
    }
}
