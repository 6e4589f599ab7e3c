namespace Kvu.Bot.Approvals;

public enum ApprovalAnswer
{
    Agree,
    Object,

    /// <summary>An adviser's comment: kept with the decision and in the audit trail, never counted in the tally.</summary>
    Comment,
}
