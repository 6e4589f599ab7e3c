namespace Kvu.Bot.Conversations.Flows;

/// <summary>
/// An attachment of another kind than an Adaptive Card, as its JSON (e.g. Teams' file consent card,
/// <c>application/vnd.microsoft.teams.card.file.consent</c>). The edge sends it as it is.
/// </summary>
public sealed record ReplyAttachment(string ContentType, string? Name, JsonObject? Content, string? ContentUrl = null);
