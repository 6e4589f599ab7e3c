namespace Kvu.Bot.Formation;

/// <summary>A seat as the checks count it. MemberId is null for the projectleider's gemeente seat.</summary>
internal sealed record WerkgroepSeat(WerkgroepRole Role, string Organisation, Mandate Mandate, string? MemberId);
