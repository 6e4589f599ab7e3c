namespace Kvu.Bot.Conversations.Flows;

/// <summary>A feature that acts when people join a team the bot is in (Teams' conversationUpdate with membersAdded).</summary>
public interface ITeamMembersFeature
{
    Task MembersAddedAsync(TeamMembersAdded added, CancellationToken cancellationToken);
}
