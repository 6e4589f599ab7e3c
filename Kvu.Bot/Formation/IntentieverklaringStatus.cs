namespace Kvu.Bot.Formation;

public enum IntentieverklaringStatus
{
    NotYet,
    BeingDrafted,
    Signed,
}
