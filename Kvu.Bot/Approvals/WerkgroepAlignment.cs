using Kvu.Bot.Formation;

namespace Kvu.Bot.Approvals;

/// <summary>
/// Keeps a decision in line with the werkgroep (a member replaced, added or removed changes who is asked and, for the
/// composition, what is approved: the version goes up and earlier approvals become outdated) while a card click reads
/// only the decision's own partition, once. The project (Projects table) and who manages it (ProjectAccess table)
/// live in other tables; reading both on every click made a click cost four requests. Instead the project's Approvals
/// partition holds a <see cref="WerkgroepStamp"/>: the werkgroep's fingerprint (<see cref="DecisionContent.Fingerprint"/>)
/// and the managers. A click whose decision was brought in line with the stamp's fingerprint needs nothing else.
///
/// <para>The stamp is a copy of data kept in other tables, so it must never look current when it is not.
/// <see cref="WerkgroepChanges"/> marks it "changing" (forgetting what it held) before every project save that changes
/// the fingerprint and before every grant, and removes the mark after the save; a crash in between leaves the mark.
/// A click that finds no stamp (every project from before this, and after each change) or a mark older than
/// <see cref="ChangeLease"/> (a save that died halfway) reads the project and its grants, brings the decision in line
/// and writes the stamp back, conditional on the stamp it read, so a save that marked it meanwhile wins. While a mark
/// is fresh a click reads the project and the clicker's own grant and leaves the stamp alone. A decision that lags a
/// complete stamp (another decision's click rebuilt it) is brought in line from the project alone. So the project
/// stays the one place members are changed, and only the first click after a change pays for reading it.</para>
/// </summary>
public sealed class WerkgroepAlignment(ApprovalStore approvals, ProjectStore projects, ProjectAccessStore access)
{
    /// <summary>
    /// How long a "changing" mark keeps clicks from rebuilding the stamp: far longer than a save with all its retries
    /// (ProjectStore waits at most about 10 s in all), so only a save that died leaves a mark this old.
    /// </summary>
    public static readonly TimeSpan ChangeLease = TimeSpan.FromMinutes(2);

    /// <summary>The reading in line with the werkgroep, and whether <paramref name="userId"/> manages the project.</summary>
    /// <returns>Null when the project is gone from the decision's tenant.</returns>
    public async Task<(DecisionSnapshot Reading, bool Manages)?> InLineAsync(DecisionSnapshot reading, string userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var stamp = reading.Stamp;
        if (stamp is { IsComplete: true } && stamp.Fingerprint == reading.InLineWith)
        {
            return (reading, stamp.Manages(userId));
        }

        var decision = reading.Decision;
        var complete = stamp is { IsComplete: true };
        var rebuild = !complete && (stamp?.ChangingSince is not { } since || now - since >= ChangeLease);
        var projectRead = projects.GetAsync(new ProjectKey(decision.TenantId, decision.ProjectId), cancellationToken);
        var grantsRead = rebuild ? access.ListForProjectAsync(decision.TenantId, decision.ProjectId, cancellationToken) : null;
        var grantRead = !rebuild && !complete ? access.GetAsync(decision.TenantId, userId, decision.ProjectId, cancellationToken) : null;
        await Task.WhenAll(new Task?[] { projectRead, grantsRead, grantRead }.OfType<Task>());
        if (await projectRead is not { } project)
        {
            return null;
        }

        var fingerprint = DecisionContent.Fingerprint(project);
        reading = await approvals.BringInLineAsync(reading, fingerprint, d => Aligned(d, project, now), cancellationToken);
        if (grantsRead is not null)
        {
            var managers = (await grantsRead).Where(g => g.MayManage).Select(g => g.UserId).ToList();
            var rebuilt = new WerkgroepStamp(fingerprint, managers, null);
            await approvals.SaveStampAsync(reading, rebuilt, cancellationToken);
            return (reading, rebuilt.Manages(userId));
        }

        return (reading, grantRead is null ? stamp!.Manages(userId) : await grantRead is { MayManage: true });
    }

    /// <summary>
    /// The open decisions as the werkgroep is now, saved: a decision that lags the project (a representative replaced,
    /// a seat added since anyone clicked it) is brought in line first, so its version goes up and the reminders go to
    /// whoever holds the seats now, counting their days from then. For the reminder round, which writes anyway; a
    /// decision that is in line costs nothing, one that lags a read and a write. What the stored decision says wins
    /// over the project read before it: a decision a click brought in line meanwhile (the stamp vouches for it) or an
    /// erasure rewrote is left as it is, and one closed meanwhile stays closed and is left out.
    /// </summary>
    public async Task<IReadOnlyList<DecisionTally>> SaveInLineAsync(KvuProject project, IReadOnlyList<DecisionTally> open, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(open);
        var inLine = new List<DecisionTally>(open.Count);
        foreach (var tally in open)
        {
            if (ReferenceEquals(Aligned(tally.Decision, project, now), tally.Decision))
            {
                inLine.Add(tally);
                continue;
            }

            if (await approvals.ReadAsync(project.Key, tally.Decision.Id, cancellationToken) is { } reading
                && await SaveInLineAsync(reading, project, now, cancellationToken) is { Decision.Closed: false } inLineReading)
            {
                inLine.Add(inLineReading.Tally);
            }
        }

        return inLine;
    }

    /// <summary>
    /// The decision as read, brought in line with <paramref name="project"/> and saved when it lags; as it is when the
    /// stamp vouches that it is in line (a click aligned it, or no seat changed since), and left alone when it is closed.
    /// </summary>
    private async Task<DecisionSnapshot> SaveInLineAsync(DecisionSnapshot reading, KvuProject project, DateTimeOffset now, CancellationToken cancellationToken) =>
        reading.Decision.Closed || (reading.Stamp is { IsComplete: true } stamp && stamp.Fingerprint == reading.InLineWith)
            ? reading
            : await approvals.BringInLineAsync(reading, DecisionContent.Fingerprint(project), d => d.Closed ? d : Aligned(d, project, now), cancellationToken);

    /// <summary>
    /// The open decisions as the werkgroep is now, for a reader (a progress report, the dashboard, a document) that
    /// writes nothing: who still has to respond is whoever holds the seats now, as the next click on the card will
    /// show. A closed decision is history and stays as it was decided.
    /// </summary>
    public static IReadOnlyList<DecisionTally> AsWerkgroepIsNow(KvuProject project, IReadOnlyList<DecisionTally> open, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(open);
        return [.. open.Select(t => t.Decision.Closed ? t : InLine(t, Aligned(t.Decision, project, now)))];

        static DecisionTally InLine(DecisionTally tally, GroupDecision aligned) =>
            ReferenceEquals(aligned, tally.Decision) ? tally : new DecisionTally(aligned, tally.Responses);
    }

    /// <summary>
    /// The decision with the content and seats the project has now; the same instance when nothing changed. A new
    /// version is put now; advisers or unreachable seats alone change who is named, not who is asked, so the days
    /// since the version was put (reminders, the report's late flag) keep counting.
    /// </summary>
    private static GroupDecision Aligned(GroupDecision decision, KvuProject project, DateTimeOffset now)
    {
        var aligned = decision.WithContent(
            decision.Kind == GroupDecisionKind.Samenstelling ? DecisionContent.Composition(project) : decision.Items,
            DecisionContent.Seats(project),
            now);
        return aligned.Version == decision.Version && !ReferenceEquals(aligned, decision) ? aligned with { UpdatedAt = decision.UpdatedAt } : aligned;
    }
}
