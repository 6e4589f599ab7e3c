namespace Kvu.Bot.Approvals;

/// <summary>The Action.Execute verbs of the approval cards, and the names of the data fields they carry.</summary>
public static class ApprovalVerbs
{
    public const string Prefix = "approval.";
    public const string Refresh = "approval.refresh";
    public const string Agree = "approval.agree";
    public const string Object = "approval.object";
    public const string Advise = "approval.advise";
    public const string Close = "approval.close";
    public const string Reopen = "approval.reopen";
    public const string Audit = "approval.audit";
    public const string Remind = "approval.remind";

    /// <summary>"Nodig ze uit": the projectleider invites the seats the card lists as not able to respond yet.</summary>
    public const string Invite = "approval.invite";

    public const string InvitationPrefix = "invitation.";
    public const string Accept = "invitation.accept";
    public const string Decline = "invitation.decline";
    public const string InvitationRefresh = "invitation.refresh";

    /// <summary>
    /// Data fields. The verb itself travels in <see cref="Conversations.Flows.CardVerb.Field"/>, so that an Action.Submit
    /// fallback (which has no verb of its own) reaches the same handler as the Action.Execute.
    /// </summary>
    public const string ProjectField = "projectId";
    public const string DecisionField = "decisionId";
    public const string VersionField = "version";
    public const string CommentField = "comment";
    public const string MemberField = "memberId";
    public const string MandateField = "mandate";
    public const string SubstituteNameField = "substituteName";
    public const string SubstituteEmailField = "substituteEmail";
    public const string ReportBackField = "reportBack";
    public const string ReasonField = "reason";
    public const string ExpectationField = "expectation";
}
