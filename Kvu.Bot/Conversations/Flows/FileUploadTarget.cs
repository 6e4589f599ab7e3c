namespace Kvu.Bot.Conversations.Flows;

/// <summary>
/// Teams' <c>uploadInfo</c> on an accepted file consent card: the upload session to PUT the bytes to, and the file it
/// becomes in the user's OneDrive (its address, id and type, which the file info card that shows it needs).
/// </summary>
public sealed record FileUploadTarget(string Name, Uri UploadUrl, string? ContentUrl, string? UniqueId, string? FileType);
