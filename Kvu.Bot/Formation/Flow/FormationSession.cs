using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Formation.Flow;

/// <summary>
/// What the formation steps share: reading the project the flow works on and changing it through the domain's
/// rules. A change is saved at once (so "stop" loses nothing); a broken rule becomes a re-prompt in the user's
/// language and changes nothing.
/// </summary>
public sealed class FormationSession(ProjectStore projects, ProjectAccessStore access, ConversationStore conversations, IEnumerable<IWerkgroepChannelListener> channelListeners)
{
    public ProjectStore Projects => projects;

    public ProjectAccessStore Access => access;

    /// <summary>
    /// The teams of this tenant the bot is installed in (it keeps every channel it was added to or spoken to in) and
    /// where <paramref name="turn"/>'s user is a member, each by the channel a werkgroep would use: the team's
    /// General channel (whose id is the team's) when the bot knows it, else the channel it heard from last.
    /// </summary>
    public async Task<IReadOnlyList<ConversationAddress>> MyTeamsAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var channels = await conversations.ListChannelsAsync(turn.Input.User.TenantId, cancellationToken);
        var mine = new List<ConversationAddress>();
        foreach (var team in channels.Values.Where(c => c.TeamId is not null).GroupBy(c => c.TeamId!, StringComparer.Ordinal))
        {
            var members = await turn.Input.Team.MembersAsync(team.Key, cancellationToken);
            if (members.Any(m => string.Equals(m.AadObjectId, turn.Input.User.AadObjectId, StringComparison.OrdinalIgnoreCase)))
            {
                mine.Add(team.FirstOrDefault(c => c.ConversationId == team.Key) ?? team.MaxBy(c => c.UpdatedAt)!);
            }
        }

        return [.. mine.OrderBy(c => c.TeamName ?? c.TeamId, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <summary>Makes <paramref name="channel"/> the werkgroep's channel and tells the features that post there.</summary>
    public async Task<KvuProject?> LinkChannelAsync(FlowInput input, string projectId, string channelId, string? teamId, string? teamName, string? channelName, CancellationToken cancellationToken)
    {
        var actor = input.User.ToPerson();
        var linked = await projects.UpdateAsync(new ProjectKey(input.User.TenantId, projectId), p => p.LinkChannel(channelId, teamId, teamName, channelName, actor, input.Now), cancellationToken);
        if (linked is not null)
        {
            foreach (var listener in channelListeners)
            {
                await listener.ChannelLinkedAsync(linked, input.Now, cancellationToken);
            }
        }

        return linked;
    }

    public async Task<KvuProject> LoadAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        turn.State.ProjectId is { } id
            ? await projects.GetAsync(new ProjectKey(turn.Input.User.TenantId, id), cancellationToken) ?? throw new InvalidOperationException($"Project {id} of the flow is gone.")
            : throw new InvalidOperationException("The flow has no project yet.");

    /// <summary>Applies <paramref name="change"/> (retried on a concurrent write) and continues with <paramref name="then"/>.</summary>
    public async Task<StepOutcome> ChangeAsync(FlowTurn turn, Action<KvuProject, PersonRef, DateTimeOffset> change, Func<KvuProject, StepOutcome> then, CancellationToken cancellationToken)
    {
        var actor = turn.Input.User.ToPerson();
        try
        {
            var saved = await projects.UpdateAsync(new ProjectKey(turn.Input.User.TenantId, turn.State.ProjectId!), p => change(p, actor, turn.Input.Now), cancellationToken)
                ?? throw new InvalidOperationException($"Project {turn.State.ProjectId} of the flow is gone.");
            return then(saved);
        }
        catch (FormationRuleException rule)
        {
            return StepOutcome.Invalid(FormationText.RuleMessage(rule.Code, turn.Input.Culture));
        }
    }
}
