namespace Kvu.Bot.Conversations.Flows;

/// <summary>People who joined the team <paramref name="TeamId"/>, by AAD object id; <paramref name="Team"/> reads the team's roster (e-mail, UPN).</summary>
public sealed record TeamMembersAdded(string TenantId, string TeamId, IReadOnlySet<string> AadObjectIds, ITeamDirectory Team, DateTimeOffset Now);
