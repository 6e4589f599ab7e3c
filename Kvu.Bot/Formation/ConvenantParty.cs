namespace Kvu.Bot.Formation;

/// <summary>
/// A party that signs the convenant: who signs for it (the burgemeester, the politiechef, the hoofdofficier van justitie),
/// how far it is, and the date it signed.
/// </summary>
public sealed record ConvenantParty(string Party, string? Signatory, SigningState State, DateOnly? SignedOn);
