namespace Kvu.Bot.Conversations;

public enum MessageGateDecision
{
    Take,
    Ignore,
    Refuse,
}
