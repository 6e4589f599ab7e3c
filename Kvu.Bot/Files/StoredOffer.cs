namespace Kvu.Bot.Files;

/// <summary>A file offered to a user, as kept until they answer: its id (the consent card's context) and when it expires.</summary>
public sealed record StoredOffer(string Id, FileOffer File, DateTimeOffset ExpiresAt);
