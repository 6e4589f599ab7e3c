namespace Kvu.Bot.Formation;

/// <summary>
/// A party that signs the convenant: who signs for it (the burgemeester, the politiechef, the hoofdofficier van justitie),
/// how far it is, the date it signed, and when its signatory was last reminded to sign.
/// </summary>
public sealed record ConvenantParty(string Party, string? Signatory, SigningState State, DateOnly? SignedOn, DateOnly? RemindedOn = null);
