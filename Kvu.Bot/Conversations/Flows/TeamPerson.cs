namespace Kvu.Bot.Conversations.Flows;

/// <summary>Someone in the team or chat, as Teams knows them: AAD object id, name and e-mail/UPN.</summary>
public sealed record TeamPerson(string AadObjectId, string Name, string? Email);
