using Kvu.Bot.Formation;

namespace Kvu.Bot.Approvals;

/// <summary>
/// A settler whose decision changes the project it is about (the phase move, the plan's adoption): the change is applied
/// to the project as stored (under its ETag, again on a conflict), naming the version the werkgroep approved
/// ("fase v2"), and the clicker reads what it did. A feature fills in the change and what it says.
/// </summary>
public abstract class ProjectDecisionSettler(GroupDecisionKind kind, ProjectStore projects) : IDecisionSettler
{
    public GroupDecisionKind Kind => kind;

    public async Task<string?> SettleAsync(DecisionTally approved, PersonRef by, DateTimeOffset at, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(approved);
        var decision = approved.Decision;
        var reference = $"{decision.Id} v{decision.Version}";
        if (Change(decision, reference, by, at) is not { } change)
        {
            return null;
        }

        try
        {
            var project = await projects.UpdateAsync(new ProjectKey(decision.TenantId, decision.ProjectId), change, cancellationToken);
            return project is null ? null : Settled(project, decision, reference, culture);
        }
        catch (FormationRuleException rule) when (Outdated(decision, reference, rule))
        {
            return null;
        }
    }

    /// <summary>What the approved decision does to the project, or null when its content asks nothing.</summary>
    /// <param name="reference">The decision and its version as the project records them ("plan v3").</param>
    protected abstract Action<KvuProject>? Change(GroupDecision decision, string reference, PersonRef by, DateTimeOffset at);

    /// <summary>Logs what the decision did to <paramref name="project"/> and says it to the clicker.</summary>
    protected abstract string Settled(KvuProject project, GroupDecision decision, string reference, CultureInfo culture);

    /// <summary>
    /// Whether the project refused the change because the decision no longer fits it (then nothing takes effect and the
    /// decision stays open); any other refusal is an error.
    /// </summary>
    protected virtual bool Outdated(GroupDecision decision, string reference, FormationRuleException rule) => false;
}
