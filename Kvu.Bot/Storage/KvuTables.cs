namespace Kvu.Bot.Storage;

/// <summary>The tables the bot uses. TableInitializer creates all of them at start-up.</summary>
public static class KvuTables
{
    /// <summary>Conversation and user state of the Bot Framework (TableBotStorage).</summary>
    public const string BotState = "BotState";

    /// <summary>Addresses of the conversations the bot is in, for proactive posts (ConversationStore).</summary>
    public const string Conversations = "Conversations";

    /// <summary>KVU projects, one JSON document per project (ProjectStore).</summary>
    public const string Projects = "Projects";

    /// <summary>Who may open which project, per tenant and user (ProjectAccessStore).</summary>
    public const string ProjectAccess = "ProjectAccess";

    /// <summary>Weekly status schedule per project and the due-slot index (StatusScheduleStore).</summary>
    public const string StatusSchedules = "StatusSchedules";

    /// <summary>Weekly status claims (one per project per week) and the posts still pending (StatusClaimStore).</summary>
    public const string StatusPosts = "StatusPosts";

    /// <summary>Group decisions, members' responses and their audit trail, one partition per project (ApprovalStore).</summary>
    public const string Approvals = "Approvals";

    /// <summary>The werkgroep meetings the bot created through Graph, per project (Meetings/MeetingStore).</summary>
    public const string Meetings = "Meetings";

    /// <summary>Files offered to a user in their personal chat, until they accept or the offer expires (Files/FileOfferStore).</summary>
    public const string Files = "Files";

    public static IReadOnlyList<string> All { get; } = [BotState, Conversations, Projects, ProjectAccess, StatusSchedules, StatusPosts, Approvals, Meetings, Files];
}
