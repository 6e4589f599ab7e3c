namespace Kvu.Bot.Approvals;

public enum ApprovalAnswer
{
    Agree,
    Object,
}
