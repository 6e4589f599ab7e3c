namespace Kvu.Bot.Meetings;

public enum MeetingKind
{
    KickOff,
    WerkgroepOverleg,
}
