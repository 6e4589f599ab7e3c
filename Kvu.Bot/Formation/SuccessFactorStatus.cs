namespace Kvu.Bot.Formation;

// A human's judgement; SuccessFactorAdvice only suggests, it never sets this.
public enum SuccessFactorStatus
{
    Open,
    Met,
    NotMet,
}
