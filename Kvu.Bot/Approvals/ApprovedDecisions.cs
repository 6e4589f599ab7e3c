using Kvu.Bot.Formation;

namespace Kvu.Bot.Approvals;

/// <summary>
/// Decisions that take effect by themselves: when every member asked agreed to the current version of one whose kind
/// has an <see cref="IDecisionSettler"/>, the settler carries it out and the decision is closed, so later clicks are
/// not counted. Checked after each click on the card and whenever a feature reads the decision afresh (two last
/// clicks at the same moment each see the other's answer missing; the next reading settles it).
/// </summary>
public sealed class ApprovedDecisions(ApprovalStore approvals, ProjectStore projects, WerkgroepAlignment werkgroep, IEnumerable<IDecisionSettler> settlers)
{
    private readonly IReadOnlyList<IDecisionSettler> _settlers = [.. settlers];

    /// <summary>
    /// The project's decision as a card shows it: read afresh, in line with the werkgroep as <paramref name="project"/>
    /// has it, and settled first when everyone agreed meanwhile (two last agreements at the same moment each saw the
    /// other missing: this fresh reading settles it), with the project as the settler left it.
    /// </summary>
    /// <returns>The decision (null when there is none), the project, and what the settler said (null when nothing happened).</returns>
    public async Task<(DecisionSnapshot? Decision, KvuProject Project, string? Notice)> ReadSettledAsync(KvuProject project, string decisionId, PersonRef by, DateTimeOffset at, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (await approvals.ReadAsync(project.Key, decisionId, cancellationToken) is not { } state)
        {
            return (null, project, null);
        }

        // A seat that changed hands since the last click: brought in line as a click does (the project read after the
        // decision, the stamp rebuilt), so the werkgroep as it is now decides, not the agreements of before.
        if (await werkgroep.InLineAsync(state, by.AadObjectId ?? string.Empty, at, cancellationToken) is { } inLine)
        {
            state = inLine.Reading;
        }

        var (settled, notice) = await SettleAsync(state, by, at, culture, cancellationToken);
        return (settled, notice is null ? project : await projects.GetAsync(project.Key, cancellationToken) ?? project, notice);
    }

    /// <returns>The reading (closed when it took effect) and what the settler said, or null when nothing happened.</returns>
    public async Task<(DecisionSnapshot State, string? Notice)> SettleAsync(DecisionSnapshot state, PersonRef by, DateTimeOffset at, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var decision = state.Decision;
        if (decision.Closed || !state.Tally.Unanimous || _settlers.FirstOrDefault(s => s.Kind == decision.Kind) is not { } settler)
        {
            return (state, null);
        }

        var notice = await settler.SettleAsync(state.Tally, by, at, culture, cancellationToken);
        if (notice is null)
        {
            return (state, null);
        }

        // Closed by the bot (no actor in the audit trail): the werkgroep decided, nobody closed it by hand.
        return (await approvals.UpdateAsync(state, d => d.Closed ? d : d with { Closed = true, UpdatedAt = at }, null, cancellationToken), notice);
    }
}
