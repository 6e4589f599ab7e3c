namespace Kvu.Bot.Files;

/// <summary>
/// A file the bot offers one user: its name (with extension, as it will be called in their OneDrive), content type,
/// bytes, and a line that says what it is (shown on the consent card).
/// </summary>
public sealed record FileOffer(string Name, string ContentType, byte[] Content, string Description);
