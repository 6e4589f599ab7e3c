using Kvu.Bot.Approvals;
using Kvu.Bot.Formation;
using Kvu.Bot.Storage.PersonalData;

namespace Kvu.Bot.Privacy;

/// <summary>
/// The AVG requests about one person, for a projectleider's projects or a tenant's administrator: export everything
/// kept about her, and erase her. Every feature's <see cref="IPersonalDataHolder"/> takes part.
/// </summary>
public sealed class PersonalDataService(
    IEnumerable<IPersonalDataHolder> holders,
    PersonDirectory directory,
    PersonalDataScopes scopes,
    ProjectStore projects,
    TimeProvider clock,
    ILogger<PersonalDataService> logger)
{
    // Copies erase before the originals they copy from (IPersonalDataHolder.Rank).
    private readonly IReadOnlyList<IPersonalDataHolder> _holders = [.. holders.OrderBy(h => h.Rank)];

    /// <summary>Every table some holder answers for.</summary>
    public IReadOnlyList<string> Tables => [.. _holders.SelectMany(h => h.Tables).Distinct(StringComparer.Ordinal)];

    /// <returns>Who <paramref name="key"/> is, and when it is one person, the export of her data (JSON).</returns>
    public async Task<(PersonLookup Lookup, JsonObject? Export)> ExportAsync(PersonalDataScope scope, string key, CancellationToken cancellationToken)
    {
        var lookup = await directory.FindAsync(scope, key, cancellationToken);
        return lookup.Subject is { } subject ? (lookup, await ExportAsync(subject, scope, cancellationToken)) : (lookup, null);
    }

    /// <summary>
    /// Everything kept about <paramref name="subject"/> in <paramref name="scope"/>. Her own texts may name other people
    /// (an accepted invitation names the plaatsvervanger, an objection anyone): every other person known in the scope is
    /// left out of them, in one place for all features.
    /// </summary>
    public async Task<JsonObject> ExportAsync(DataSubject subject, PersonalDataScope scope, CancellationToken cancellationToken)
    {
        var records = new List<PersonalRecord>();
        foreach (var holder in _holders)
        {
            await foreach (var record in holder.ExportAsync(subject, scope, cancellationToken))
            {
                records.Add(record);
            }
        }

        var others = (await directory.MentionsAsync(scope, cancellationToken))
            .Where(m => !PersonDirectory.IsOf(subject, m))
            .SelectMany(m => new[] { m.Name, m.AadObjectId, m.Email })
            .OfType<string>()
            .Where(t => !subject.HasName(t) && !subject.HasEmail(t) && !subject.HasAadObjectId(t))
            .ToList();
        return PersonalDataExport.Build(subject, scope, Tables, records, others, clock.GetUtcNow());
    }

    /// <summary>
    /// Erases the person <paramref name="key"/> stands for in <paramref name="scope"/>. When the scope is a
    /// projectleider's projects and she appears in no other project of the tenant, what belongs to no project (her
    /// chat with the bot and its state, where invitations reach her) goes too.
    /// </summary>
    /// <returns>Who <paramref name="key"/> is, and how many rows were changed or deleted.</returns>
    public async Task<(PersonLookup Lookup, int Rows)> EraseAsync(PersonalDataScope scope, string key, CancellationToken cancellationToken)
    {
        var lookup = await directory.FindAsync(scope, key, cancellationToken);
        if (lookup.Subject is not { } subject)
        {
            return (lookup, 0);
        }

        var rows = await EraseAsync(new PersonErasure(subject, scope, await PseudonymsAsync(subject, scope, cancellationToken)), cancellationToken);
        if (!scope.WholeTenant)
        {
            var tenant = await scopes.TenantAsync(scope.TenantId, cancellationToken);
            var mentions = await directory.MentionsAsync(tenant, cancellationToken);
            if (!mentions.Any(m => m.ProjectId is not null && PersonDirectory.IsOf(subject, m)))
            {
                // Nowhere else in the tenant: her chat with the bot (found now, with the whole tenant in view) goes as well.
                var whole = new DataSubject(subject.TenantId,
                    subject.Names,
                    subject.Emails,
                    subject.AadObjectIds,
                    subject.ConversationIds.Concat(mentions.Where(m => PersonDirectory.IsOf(subject, m)).Select(m => m.ConversationId).OfType<string>()));
                rows += await EraseAsync(new PersonErasure(whole, scope with { WholeTenant = true }, await PseudonymsAsync(whole, scope, cancellationToken)), cancellationToken);
            }
        }

        logger.LogInformation("Erased a person in tenant {TenantId}: {Rows} rows in {Projects} projects (whole tenant: {WholeTenant})",
            scope.TenantId, rows, scope.ProjectIds.Count, scope.WholeTenant);
        return (lookup, rows);
    }

    /// <summary>Deletes every row of a project in every table (its retention period after archiving is over).</summary>
    public async Task<int> DeleteProjectAsync(string tenantId, string projectId, CancellationToken cancellationToken)
    {
        var rows = 0;
        foreach (var holder in _holders)
        {
            rows += await holder.DeleteProjectAsync(tenantId, projectId, cancellationToken);
        }

        return rows;
    }

    private async Task<int> EraseAsync(PersonErasure erasure, CancellationToken cancellationToken)
    {
        var rows = 0;
        foreach (var holder in _holders)
        {
            rows += await holder.EraseAsync(erasure, cancellationToken);
        }

        return rows;
    }

    /// <summary>
    /// Per project the id that takes her place where she is asked to approve decisions: "verwijderd lid" with her seat
    /// and how many have held it ("m3.2"; the projectleider's seat "projectleider.1"), from the project's own log, so
    /// it is the same in every table and in a second run, and differs from whoever held the seat before her.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, string>> PseudonymsAsync(DataSubject subject, PersonalDataScope scope, CancellationToken cancellationToken)
    {
        var pseudonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var projectId in scope.ProjectIds)
        {
            if (await projects.GetAsync(new ProjectKey(scope.TenantId, projectId), cancellationToken) is not { } project
                || DecisionContent.Voters(project).FirstOrDefault(v => subject.HasAadObjectId(v.AadObjectId)) is not { } voter)
            {
                continue;
            }

            var holders = voter.MemberId == DecisionContent.ProjectleiderVoter
                ? project.Decisions.Count(d => d.Kind == DecisionKind.ProjectleiderSet)
                : project.Decisions.Count(d => d.Subject == voter.MemberId && d.Kind is DecisionKind.MemberAdded or DecisionKind.RepresentativeReplaced);
            pseudonyms[projectId] = ErasedPerson.IdFor($"{voter.MemberId}.{Math.Max(1, holders)}");
        }

        return pseudonyms;
    }
}
