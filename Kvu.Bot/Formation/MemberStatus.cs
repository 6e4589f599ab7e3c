namespace Kvu.Bot.Formation;

public enum MemberStatus
{
    Proposed,
    Invited,
    Accepted,
    Declined,
}
