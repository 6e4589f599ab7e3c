using Kvu.Bot.Conversations.Flows;
using Kvu.Bot.Storage;

namespace Kvu.Bot.Formation.Flow;

/// <summary>
/// What the formation steps share: reading the project the flow works on and changing it through the domain's
/// rules. A change is saved at once (so "stop" loses nothing); a broken rule becomes a re-prompt in the user's
/// language and changes nothing.
/// </summary>
public sealed class FormationSession(ProjectStore projects, ProjectAccessStore access)
{
    public ProjectStore Projects => projects;

    public ProjectAccessStore Access => access;

    public static PersonRef Actor(FlowInput input) => new(input.User.DisplayName, input.User.AadObjectId, input.User.Email);

    public async Task<KvuProject> LoadAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        turn.State.ProjectId is { } id
            ? await projects.GetAsync(turn.Input.User.TenantId, id, cancellationToken) ?? throw new InvalidOperationException($"Project {id} of the flow is gone.")
            : throw new InvalidOperationException("The flow has no project yet.");

    /// <summary>Applies <paramref name="change"/> (retried on a concurrent write) and continues with <paramref name="then"/>.</summary>
    public async Task<StepOutcome> ChangeAsync(FlowTurn turn, Action<KvuProject, PersonRef, DateTimeOffset> change, Func<KvuProject, StepOutcome> then, CancellationToken cancellationToken)
    {
        var actor = Actor(turn.Input);
        try
        {
            var saved = await projects.UpdateAsync(turn.Input.User.TenantId, turn.State.ProjectId!, p => change(p, actor, turn.Input.Now), cancellationToken)
                ?? throw new InvalidOperationException($"Project {turn.State.ProjectId} of the flow is gone.");
            return then(saved);
        }
        catch (FormationRuleException rule)
        {
            return StepOutcome.Invalid(FormationText.RuleMessage(rule.Code, turn.Input.Culture));
        }
    }
}
