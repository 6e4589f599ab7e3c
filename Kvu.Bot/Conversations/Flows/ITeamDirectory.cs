namespace Kvu.Bot.Conversations.Flows;

/// <summary>
/// The people a projectleider can pick from: the members of a team (by its id) or, without one, of the
/// conversation the message came from. Empty when Teams can't tell (a personal chat, or the bot not in the team).
/// </summary>
public interface ITeamDirectory
{
    Task<IReadOnlyList<TeamPerson>> MembersAsync(string? teamId, CancellationToken cancellationToken);
}
