namespace Kvu.Bot.Storage.PersonalData;

/// <summary>
/// One place where a person is mentioned, with what that place knows of her: a name, an Entra (AAD) object id, an
/// e-mail address, her personal conversation with the bot. <paramref name="ProjectId"/> is null for rows of no project.
/// </summary>
public sealed record PersonMention(string? ProjectId, string? Name, string? AadObjectId, string? Email, string? ConversationId = null);
