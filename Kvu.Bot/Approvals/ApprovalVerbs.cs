namespace Kvu.Bot.Approvals;

/// <summary>The Action.Execute verbs of the approval cards, and the names of the data fields they carry.</summary>
public static class ApprovalVerbs
{
    public const string Prefix = "approval.";
    public const string Refresh = "approval.refresh";
    public const string Agree = "approval.agree";
    public const string Object = "approval.object";
    public const string Close = "approval.close";
    public const string Reopen = "approval.reopen";
    public const string Audit = "approval.audit";
    public const string Remind = "approval.remind";

    public const string InvitationPrefix = "invitation.";
    public const string Accept = "invitation.accept";
    public const string Decline = "invitation.decline";

    /// <summary>Data fields. An Action.Submit fallback carries the verb in <see cref="VerbField"/>: it has no verb of its own.</summary>
    public const string VerbField = "approvalVerb";
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
