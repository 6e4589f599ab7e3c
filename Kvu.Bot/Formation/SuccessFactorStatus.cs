namespace Kvu.Bot.Formation;

/// <summary>A human's judgement; SuccessFactorAdvice only suggests, it never sets this.</summary>
public enum SuccessFactorStatus
{
    Open,
    Met,
    NotMet,
}
