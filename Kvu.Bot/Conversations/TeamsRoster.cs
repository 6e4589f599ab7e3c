using Kvu.Bot.Conversations.Flows;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace Kvu.Bot.Conversations;

/// <summary>
/// The team's or chat's members through the Bot Connector (TeamsInfo), read at most once per turn and team.
/// A roster Teams refuses (the bot not in that team, a personal chat) is an empty list: typing a name and
/// e-mail address always remains possible.
/// </summary>
public sealed class TeamsRoster(ITurnContext turn, ILogger logger) : ITeamDirectory
{
    private readonly Dictionary<string, IReadOnlyList<TeamPerson>> _read = [];

    public async Task<IReadOnlyList<TeamPerson>> MembersAsync(string? teamId, CancellationToken cancellationToken)
    {
        var key = teamId ?? string.Empty;
        if (_read.TryGetValue(key, out var known))
        {
            return known;
        }

        var people = new List<TeamPerson>();
        if (teamId is not null || turn.Activity.Conversation?.ConversationType is "channel" or "groupChat")
        {
            try
            {
                string? continuation = null;
                do
                {
                    var page = teamId is null
                        ? await TeamsInfo.GetPagedMembersAsync(turn, 200, continuation, cancellationToken)
                        : await TeamsInfo.GetPagedTeamMembersAsync(turn, teamId, continuation, 200, cancellationToken);
                    people.AddRange(page.Members.Where(m => !string.IsNullOrEmpty(m.AadObjectId)).Select(ToPerson));
                    continuation = page.ContinuationToken;
                }
                while (!string.IsNullOrEmpty(continuation));
            }
            catch (ErrorResponseException failure)
            {
                logger.LogInformation("No roster for team {TeamId}: {Status}", teamId, failure.Response?.StatusCode);
                people.Clear();
            }
        }

        _read[key] = people;
        return people;
    }

    /// <summary>Display names are set by people too: cleaned like typed names before a seat or an audit row keeps them.</summary>
    private static TeamPerson ToPerson(TeamsChannelAccount member) =>
        new(member.AadObjectId, UserText.Name(member.Name) is { Length: > 0 } name ? name : member.UserPrincipalName ?? member.AadObjectId, member.Email ?? member.UserPrincipalName, member.UserPrincipalName, member.Id);
}
