namespace Kvu.Bot.Conversations.Flows;

/// <summary>Nobody to pick: what a feature sees when the edge provides no roster (a test of one feature, a personal chat).</summary>
public sealed class NoTeam : ITeamDirectory
{
    public static readonly NoTeam Instance = new();

    private NoTeam()
    {
    }

    public Task<IReadOnlyList<TeamPerson>> MembersAsync(string? teamId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TeamPerson>>([]);
}
