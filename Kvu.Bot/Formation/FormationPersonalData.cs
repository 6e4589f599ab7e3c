using Kvu.Bot.Storage;
using Kvu.Bot.Storage.PersonalData;

namespace Kvu.Bot.Formation;

/// <summary>
/// The personal data of the werkgroep domain: the projects (who created and leads each, the secretaris, the
/// procesbegeleider, every seat with its representative and plaatsvervanger, task assignees, who judged a success
/// factor, and who made each entry of the decision log, whose details name people too) and who may open them.
/// </summary>
public sealed class FormationPersonalData(ProjectStore projects, ProjectAccessStore access) : IPersonalDataHolder
{
    public IReadOnlyList<string> Tables { get; } = [KvuTables.Projects, KvuTables.ProjectAccess];

    /// <summary>The projects are what the other features copy from: erased last.</summary>
    public int Rank => 1;

    public async IAsyncEnumerable<PersonMention> MentionsAsync(PersonalDataScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        foreach (var projectId in scope.ProjectIds)
        {
            if (await projects.GetAsync(new ProjectKey(scope.TenantId, projectId), cancellationToken) is not { } project)
            {
                continue;
            }

            foreach (var person in People(project))
            {
                yield return new PersonMention(project.Id, person.DisplayName, person.AadObjectId, person.Email);
            }

            if (project.Procesbegeleider is { Name: { } name } begeleider)
            {
                yield return new PersonMention(project.Id, name, null, begeleider.Contact is { } contact && contact.Contains('@') ? contact : null);
            }
        }

        foreach (var grant in await GrantsAsync(scope, cancellationToken))
        {
            yield return new PersonMention(grant.ProjectId, null, grant.UserId, null);
        }
    }

    public async IAsyncEnumerable<PersonalRecord> ExportAsync(DataSubject subject, PersonalDataScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(scope);
        foreach (var projectId in scope.ProjectIds)
        {
            if (await projects.GetAsync(new ProjectKey(scope.TenantId, projectId), cancellationToken) is { } project && Export(project, subject) is { } fields)
            {
                var key = ProjectStore.KeyOf(project.Id);
                yield return new PersonalRecord(KvuTables.Projects, key, key, "project", fields);
            }
        }

        foreach (var grant in (await GrantsAsync(scope, cancellationToken)).Where(g => subject.HasAadObjectId(g.UserId)))
        {
            var (partitionKey, rowKey) = ProjectAccessStore.KeysOf(grant);
            yield return new PersonalRecord(KvuTables.ProjectAccess, partitionKey, rowKey, "projectAccess", new JsonObject
            {
                ["projectId"] = grant.ProjectId,
                ["gemeente"] = grant.Gemeente,
                ["uitgaansgebied"] = grant.Uitgaansgebied,
                ["role"] = grant.Role.ToString(),
                ["grantedAt"] = grant.GrantedAt,
            });
        }
    }

    public async Task<int> EraseAsync(PersonErasure erasure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        var subject = erasure.Subject;
        var (tenantId, changed) = (erasure.Scope.TenantId, 0);
        foreach (var projectId in erasure.Scope.ProjectIds)
        {
            var replacement = new PersonRef(ErasedPerson.Name, erasure.PseudonymIn(projectId), null);
            if (await projects.EraseAsync(tenantId, projectId, p => p.ErasePerson(
                    person => subject.Is(person.AadObjectId, person.Email),
                    (name, contact) => subject.HasName(name) || subject.HasEmail(contact),
                    replacement,
                    subject.Scrub), cancellationToken))
            {
                changed++;
            }

            foreach (var aad in subject.AadObjectIds)
            {
                changed += await access.RevokeAsync(tenantId, aad, projectId, cancellationToken) ? 1 : 0;
            }
        }

        return changed;
    }

    public async Task<int> DeleteProjectAsync(string tenantId, string projectId, CancellationToken cancellationToken) =>
        await access.DeleteProjectAsync(tenantId, projectId, cancellationToken) + await projects.DeleteAsync(tenantId, projectId, cancellationToken);

    /// <summary>Every person the project refers to, as stored (the procesbegeleider aside: a name and a contact).</summary>
    private static IEnumerable<PersonRef> People(KvuProject project) =>
        new[] { project.CreatedBy, project.Projectleider?.Person, project.Secretaris }
            .Concat(project.Members.SelectMany(m => new[] { m.Person, m.Substitute }))
            .Concat(project.Tasks.Select(t => t.AssignedTo.Person))
            .Concat(project.SuccessFactors.Select(f => f.ConfirmedBy))
            .Concat(project.Decisions.Select(d => d.By))
            .OfType<PersonRef>();

    /// <summary>What the project keeps about her, with everyone else's names, addresses and ids left out; null when she is not in it.</summary>
    private static JsonObject? Export(KvuProject project, DataSubject subject)
    {
        bool Mine(PersonRef? person) => person is not null && subject.Is(person.AadObjectId, person.Email);
        var others = People(project).Where(p => !Mine(p))
            .SelectMany(p => new[] { p.DisplayName, p.Email, p.AadObjectId })
            .Append(project.Procesbegeleider.Name).Append(project.Procesbegeleider.Contact)
            .OfType<string>().ToList();
        var redact = PersonalText.Redaction(subject, others);
        string? Redact(string? text) => text is null ? null : redact(text);

        var roles = new JsonArray();
        var references = new List<PersonRef>();
        void Role(string role, PersonRef? person)
        {
            if (Mine(person))
            {
                roles.Add(role);
                references.Add(person!);
            }
        }

        Role("createdBy", project.CreatedBy);
        Role("projectleider", project.Projectleider?.Person);
        Role("secretaris", project.Secretaris);
        var fields = new JsonObject
        {
            ["projectId"] = project.Id,
            ["gemeente"] = project.Gemeente,
            ["uitgaansgebied"] = project.Uitgaansgebied,
            ["archivedAt"] = project.ArchivedAt,
            ["roles"] = roles,
        };

        if (project.Procesbegeleider is { Name: { } name } begeleider && (subject.HasName(name) || subject.HasEmail(begeleider.Contact)))
        {
            roles.Add("procesbegeleider");
            fields["procesbegeleider"] = new JsonObject { ["name"] = name, ["contact"] = begeleider.Contact };
        }

        var seats = new JsonArray();
        foreach (var member in project.Members.Where(m => Mine(m.Person)))
        {
            references.Add(member.Person);
            seats.Add(new JsonObject
            {
                ["memberId"] = member.Id,
                ["role"] = member.Role.ToString(),
                ["organisation"] = member.Organisation,
                ["mandate"] = member.Mandate.ToString(),
                ["status"] = member.Status.ToString(),
                ["representsRestaurants"] = member.RepresentsRestaurants,
                ["coveredAreas"] = new JsonArray([.. project.HorecaAreas.Where(a => member.CoveredAreaIds.Contains(a.Id)).Select(a => JsonValue.Create(a.Name))]),
            });
        }

        var substituteFor = new JsonArray();
        foreach (var member in project.Members.Where(m => Mine(m.Substitute)))
        {
            references.Add(member.Substitute!);
            substituteFor.Add(new JsonObject { ["memberId"] = member.Id, ["role"] = member.Role.ToString(), ["organisation"] = member.Organisation });
        }

        var tasks = new JsonArray([.. project.Tasks.Where(t => Mine(t.AssignedTo.Person)).Select(t => (JsonNode)new JsonObject
        {
            ["task"] = t.Task.ToString(),
            ["done"] = t.Done,
            ["doneAt"] = t.DoneAt,
        })]);
        var factors = new JsonArray([.. project.SuccessFactors.Where(f => Mine(f.ConfirmedBy)).Select(f => (JsonNode)new JsonObject
        {
            ["factor"] = f.Factor.ToString(),
            ["status"] = f.Status.ToString(),
            ["confirmedAt"] = f.ConfirmedAt,
            ["note"] = Redact(f.Note),
        })]);

        // The log's entries she made, and those whose details name her or are about a seat she holds.
        var seatIds = project.Members.Where(m => Mine(m.Person)).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var log = new JsonArray([.. project.Decisions
            .Where(d => Mine(d.By) || subject.IsMentionedIn(d.Detail) || seatIds.Contains(d.Subject))
            .Select(d => (JsonNode)new JsonObject
            {
                ["at"] = d.At,
                ["kind"] = d.Kind.ToString(),
                ["subject"] = Redact(d.Subject),
                ["detail"] = Redact(d.Detail),
                ["byThisPerson"] = Mine(d.By),
            })]);
        references.AddRange(project.Decisions.Select(d => d.By).Where(Mine));

        if (roles.Count == 0 && seats.Count == 0 && substituteFor.Count == 0 && tasks.Count == 0 && factors.Count == 0 && log.Count == 0)
        {
            return null;
        }

        fields["identities"] = new JsonArray([.. references.DistinctBy(p => (p.DisplayName, p.AadObjectId, p.Email)).Select(p => (JsonNode)new JsonObject
        {
            ["displayName"] = p.DisplayName,
            ["aadObjectId"] = p.AadObjectId,
            ["email"] = p.Email,
        })]);
        fields["seats"] = seats;
        fields["substituteFor"] = substituteFor;
        fields["tasks"] = tasks;
        fields["successFactorsJudged"] = factors;
        fields["decisionLog"] = log;
        return fields;
    }

    /// <summary>The grants of the projects in scope: the tenant's partition at once for the whole tenant, else per project.</summary>
    private async Task<IReadOnlyList<ProjectAccess>> GrantsAsync(PersonalDataScope scope, CancellationToken cancellationToken)
    {
        if (scope.WholeTenant)
        {
            return [.. (await access.ListTenantAsync(scope.TenantId, cancellationToken)).Where(g => scope.Includes(g.ProjectId))];
        }

        var grants = new List<ProjectAccess>();
        foreach (var projectId in scope.ProjectIds)
        {
            grants.AddRange(await access.ListForProjectAsync(scope.TenantId, projectId, cancellationToken));
        }

        return grants;
    }
}
