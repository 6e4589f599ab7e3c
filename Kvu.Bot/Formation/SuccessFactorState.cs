namespace Kvu.Bot.Formation;

/// <summary>ConfirmedBy/ConfirmedAt say who judged the factor Met or NotMet and when; both are null while it is Open.</summary>
public sealed record SuccessFactorState(
    SuccessFactor Factor,
    SuccessFactorStatus Status,
    PersonRef? ConfirmedBy,
    DateTimeOffset? ConfirmedAt,
    string? Note);
