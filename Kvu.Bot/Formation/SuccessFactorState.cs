namespace Kvu.Bot.Formation;

// ConfirmedBy/ConfirmedAt say who judged the factor Met or NotMet and when; both are null while it is Open.
public sealed record SuccessFactorState(
    SuccessFactor Factor,
    SuccessFactorStatus Status,
    PersonRef? ConfirmedBy,
    DateTimeOffset? ConfirmedAt,
    string? Note);
