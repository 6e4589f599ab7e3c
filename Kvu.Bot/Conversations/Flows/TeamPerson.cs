namespace Kvu.Bot.Conversations.Flows;

/// <summary>
/// Someone in the team or chat, as Teams knows them: AAD object id, name, e-mail and UPN (often, but not always,
/// the same), and the Teams user id ("29:...") the bot needs to start a 1:1 chat with them.
/// </summary>
public sealed record TeamPerson(string AadObjectId, string Name, string? Email, string? UserPrincipalName = null, string? TeamsUserId = null)
{
    /// <summary>True when <paramref name="email"/> is this person's e-mail address or UPN, in any letter case.</summary>
    public bool HasAddress(string? email) =>
        !string.IsNullOrWhiteSpace(email)
        && (string.Equals(Email?.Trim(), email.Trim(), StringComparison.OrdinalIgnoreCase)
            || string.Equals(UserPrincipalName?.Trim(), email.Trim(), StringComparison.OrdinalIgnoreCase));
}
