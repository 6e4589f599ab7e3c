using System.Text.Json.Serialization;

namespace Kvu.Bot.Formation;

/// <summary>
/// The aggregate the store persists as one JSON document under an ETag. On a 412 the store reloads and applies the
/// same mutation again, so every mutation is deterministic: it takes its inputs plus (by, at), reads no clock, draws
/// no random numbers, and derives new ids from counters in the document. Each mutation validates everything first
/// and only then assigns, so a FormationRuleException leaves the project exactly as it was; each success appends
/// one Decision. Setters are private (System.Text.Json reaches them through [JsonInclude]) so the flows can change
/// a project only through these rules.
/// </summary>
public sealed partial class KvuProject
{
    [JsonConstructor]
    private KvuProject()
    {
    }

    [JsonInclude] public string Id { get; private set; } = "";
    [JsonInclude] public string TenantId { get; private set; } = "";

    /// <summary>The project and its tenant, as the stores take them.</summary>
    [JsonIgnore] public ProjectKey Key => new(TenantId, Id);
    [JsonInclude] public string Gemeente { get; private set; } = "";
    [JsonInclude] public string Uitgaansgebied { get; private set; } = "";
    [JsonInclude] public PersonRef CreatedBy { get; private set; } = null!;
    [JsonInclude] public DateTimeOffset CreatedAt { get; private set; }
    [JsonInclude] public KvuPhase Phase { get; private set; }

    /// <summary>
    /// "Nadat de betrokken partijen hebben ingestemd met het project KVU en hebben aangegeven dat zij ook een
    /// bijdrage leveren, zijn de eerste contouren van een samenwerkingsstructuur aanwezig." Null: not asked yet.
    /// </summary>
    [JsonInclude] public bool? PartiesAgreed { get; private set; }
    [JsonInclude] public bool? ContributionPledged { get; private set; }

    [JsonInclude] public Intentieverklaring Intentieverklaring { get; private set; } = new(IntentieverklaringStatus.NotYet, null);
    [JsonInclude] public ProjectleiderInfo? Projectleider { get; private set; }
    [JsonInclude] public PersonRef? Secretaris { get; private set; }
    [JsonInclude] public SecretarisChoice SecretarisChoice { get; private set; }
    [JsonInclude] public ProcesbegeleiderInfo Procesbegeleider { get; private set; } = new(ProcesbegeleiderChoice.Unknown, null, null);
    [JsonInclude] public IReadOnlyList<Member> Members { get; private set; } = [];
    [JsonInclude] public IReadOnlyList<HorecaArea> HorecaAreas { get; private set; } = [];
    [JsonInclude] public bool? RestaurantsTakePart { get; private set; }
    [JsonInclude] public IReadOnlyList<ConsultationBody> ConsultationBodies { get; private set; } = [];
    [JsonInclude] public IReadOnlyList<SuccessFactorState> SuccessFactors { get; private set; } = [];
    [JsonInclude] public IReadOnlyList<TaskState> Tasks { get; private set; } = [];
    [JsonInclude] public IReadOnlyList<Decision> Decisions { get; private set; } = [];
    [JsonInclude] public WerkgroepChannel? Channel { get; private set; }

    /// <summary>
    /// Set when the projectleider archives the project: from then on it is read-only (ProjectStore refuses changes),
    /// and after the retention period (Privacy:RetentionAfterArchive) every row of it is deleted.
    /// </summary>
    [JsonInclude] public DateTimeOffset? ArchivedAt { get; private set; }

    [JsonIgnore] public bool IsArchived => ArchivedAt is not null;

    /// <summary>
    /// Counters for "m1", "m2", ... and "a1", "a2", ...; ids are never reused after a removal, so a decision log
    /// entry about "m3" always means the same seat.
    /// </summary>
    [JsonInclude] public int LastMemberNumber { get; private set; }
    [JsonInclude] public int LastAreaNumber { get; private set; }

    public static KvuProject Create(string id, string tenantId, string gemeente, string uitgaansgebied, PersonRef by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentNullException.ThrowIfNull(by);
        var gemeenteName = RequireName(gemeente);
        var gebied = RequireName(uitgaansgebied);

        var project = new KvuProject
        {
            Id = id,
            TenantId = tenantId,
            Gemeente = gemeenteName,
            Uitgaansgebied = gebied,
            CreatedBy = by,
            CreatedAt = at,
            Phase = KvuPhase.Initiatief,
            SuccessFactors = [.. Enum.GetValues<SuccessFactor>().Select(f => new SuccessFactorState(f, SuccessFactorStatus.Open, null, null, null))],
            Tasks = [.. Enum.GetValues<ProjectleiderTask>().Select(t => new TaskState(t, false, null, TaskAssignee.Projectleider))],
        };
        project.Record(DecisionKind.ProjectCreated, gemeenteName, gebied, by, at);
        return project;
    }

    public Member? FindMember(string memberId) => Members.FirstOrDefault(m => m.Id == memberId);

    public void SetAgreement(bool? partiesAgreed, bool? contributionPledged, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        PartiesAgreed = partiesAgreed;
        ContributionPledged = contributionPledged;
        Record(DecisionKind.AgreementSet, "Agreement", $"partiesAgreed={Text(partiesAgreed)}; contributionPledged={Text(contributionPledged)}", by, at);
    }

    public void SetIntentieverklaring(IntentieverklaringStatus status, DateOnly? signedOn, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        RequireDefined(status);
        if (status == IntentieverklaringStatus.Signed)
        {
            if (signedOn is null)
            {
                throw new FormationRuleException(FormationRuleCode.SignedDateRequired);
            }

            // A signature cannot lie in the future. "Today" is the date in the Netherlands, not in UTC: the
            // projectleider signing at 00:30 Dutch time must be able to say "vandaag".
            if (signedOn.Value > DutchTime.Date(at))
            {
                throw new FormationRuleException(FormationRuleCode.SignedDateInFuture, signedOn.Value.ToString("O"));
            }
        }
        else if (signedOn is not null)
        {
            throw new FormationRuleException(FormationRuleCode.SignedDateNotAllowed);
        }

        Intentieverklaring = new Intentieverklaring(status, signedOn);
        Record(DecisionKind.IntentieverklaringSet, "Intentieverklaring", signedOn is null ? status.ToString() : $"{status}; {signedOn.Value:O}", by, at);
    }

    public void SetProjectleider(PersonRef person, ProjectleiderOrigin origin, ExternalCapacity? externalCapacity, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        var projectleider = RequirePerson(person);
        RequireDefined(origin);

        // "Als de projectleider afkomstig is van een externe organisatie, dan is hij projectleider namens de
        // gemeente of functioneert hij als technisch voorzitter." For one from the gemeente the question is moot.
        if (origin == ProjectleiderOrigin.Extern)
        {
            if (externalCapacity is null)
            {
                throw new FormationRuleException(FormationRuleCode.ExternalCapacityRequired);
            }

            RequireDefined(externalCapacity.Value);
        }
        else if (externalCapacity is not null)
        {
            throw new FormationRuleException(FormationRuleCode.ExternalCapacityNotAllowed);
        }

        Projectleider = new ProjectleiderInfo(projectleider, origin, externalCapacity);
        Record(DecisionKind.ProjectleiderSet, "Projectleider",
            externalCapacity is null ? $"{projectleider.DisplayName}; {origin}" : $"{projectleider.DisplayName}; {origin}; {externalCapacity}", by, at);
    }

    /// <summary>
    /// Appointing the secretaris is itself one of the projectleider's tasks ("Benoemen van een projectsecretaris"),
    /// so that task is done from the moment of appointment.
    /// </summary>
    public void AppointSecretaris(PersonRef person, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        var secretaris = RequirePerson(person);

        Secretaris = secretaris;
        SecretarisChoice = SecretarisChoice.Appointed;
        Tasks = [.. Tasks.Select(t => t.Task == ProjectleiderTask.AppointSecretaris && !t.Done ? t with { Done = true, DoneAt = at } : t)];
        Record(DecisionKind.SecretarisAppointed, "Secretaris", secretaris.DisplayName, by, at);
    }

    /// <summary>"Later" withdraws any appointment and reopens the task, so the overview keeps reminding the projectleider.</summary>
    public void SecretarisLater(PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        Secretaris = null;
        SecretarisChoice = SecretarisChoice.Later;
        Tasks = [.. Tasks.Select(t => t.Task == ProjectleiderTask.AppointSecretaris ? t with { Done = false, DoneAt = null } : t)];
        Record(DecisionKind.SecretarisDeferred, "Secretaris", nameof(SecretarisChoice.Later), by, at);
    }

    public void SetProcesbegeleider(ProcesbegeleiderChoice choice, string? name, string? contact, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        RequireDefined(choice);
        ProcesbegeleiderInfo info;
        if (choice == ProcesbegeleiderChoice.Yes)
        {
            // "Gemeenten kunnen ook een ervaren procesbegeleider KVU inhuren. Hiervoor kun je terecht bij het CCV."
            // The procesbegeleider is "al in de opstartfase" in intensive contact with the projectleider, so we
            // need to know how to reach them.
            if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(contact))
            {
                throw new FormationRuleException(FormationRuleCode.ProcesbegeleiderDetailsRequired);
            }

            info = new ProcesbegeleiderInfo(choice, name.Trim(), RequireContact(contact));
        }
        else
        {
            if (!string.IsNullOrWhiteSpace(name) || !string.IsNullOrWhiteSpace(contact))
            {
                throw new FormationRuleException(FormationRuleCode.ProcesbegeleiderDetailsNotAllowed);
            }

            info = new ProcesbegeleiderInfo(choice, null, null);
        }

        Procesbegeleider = info;
        Record(DecisionKind.ProcesbegeleiderSet, "Procesbegeleider", info.Name is null ? choice.ToString() : $"{choice}; {info.Name}; {info.Contact}", by, at);
    }

    /// <summary>
    /// Organisation null means the role's default (RoleCatalog.DefaultOrganisation). The returned member's Id is the
    /// one to use afterwards: on a re-apply after a 412 it may differ from the first attempt's.
    /// </summary>
    public Member AddMember(WerkgroepRole role, PersonRef person, string? organisation, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        RequireDefined(role);
        var representative = RequirePerson(person);
        var organisationName = OrganisationFor(role, organisation);
        RequireNotSeated(representative, exceptMemberId: null);

        var member = new Member
        {
            Id = $"m{LastMemberNumber + 1}",
            Role = role,
            Person = representative,
            Organisation = organisationName,
        };
        LastMemberNumber++;
        Members = [.. Members, member];
        Record(DecisionKind.MemberAdded, member.Id, $"{role}; {representative.DisplayName}; {organisationName}", by, at);
        return member;
    }

    /// <summary>
    /// A new person takes the same seat. What was agreed with the previous person (mandate, substitute, invitation)
    /// does not carry over; role, organisation and the areas the seat covers do.
    /// </summary>
    public void ReplaceRepresentative(string memberId, PersonRef person, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        var member = RequireMember(memberId);
        var representative = RequirePerson(person);
        RequireNotSeated(representative, exceptMemberId: member.Id);
        if (member.Person.IsSamePerson(representative))
        {
            throw new FormationRuleException(FormationRuleCode.DuplicateMember, member.Id);
        }

        Change(member with { Person = representative, Mandate = Mandate.Unknown, Substitute = null, Status = MemberStatus.Proposed, ReportsBack = false }, DecisionKind.RepresentativeReplaced, $"{member.Person.DisplayName} -> {representative.DisplayName}", by, at);
    }

    /// <summary>
    /// A member entered by name and e-mail is found in the team by that address: the same person, now with the Entra
    /// object id that identifies them when they click a card. Nothing else about the seat changes.
    /// </summary>
    public void LinkTeamsAccount(string memberId, string aadObjectId, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        var member = RequireMember(memberId);
        var linked = member.Person with { AadObjectId = aadObjectId.Trim() };
        RequireNotSeated(linked with { Email = null }, exceptMemberId: member.Id);
        Change(member with { Person = linked }, DecisionKind.TeamsAccountLinked, $"{member.Person.DisplayName}; {aadObjectId}", by, at);
    }

    public void SetMandate(string memberId, Mandate mandate, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        var member = RequireMember(memberId);
        RequireDefined(mandate);
        Change(member with { Mandate = mandate }, DecisionKind.MandateSet, mandate.ToString(), by, at);
    }

    /// <summary>Null clears the substitute.</summary>
    public void SetSubstitute(string memberId, PersonRef? substitute, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        var member = RequireMember(memberId);
        var plaatsvervanger = substitute is null ? null : RequirePerson(substitute);
        if (member.Person.IsSamePerson(plaatsvervanger))
        {
            throw new FormationRuleException(FormationRuleCode.SubstituteIsMember, member.Id);
        }

        Change(member with { Substitute = plaatsvervanger }, DecisionKind.SubstituteSet, plaatsvervanger?.DisplayName, by, at);
    }

    public void SetMemberStatus(string memberId, MemberStatus status, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        var member = RequireMember(memberId);
        RequireDefined(status);
        Change(member with { Status = status }, DecisionKind.MemberStatusSet, status.ToString(), by, at);
    }

    /// <summary>"Leden van de werkgroep zorgen zelf voor terugkoppeling naar hun eigen achterban": the member's own promise.</summary>
    public void SetReportsBack(string memberId, bool reportsBack, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        var member = RequireMember(memberId);
        Change(member with { ReportsBack = reportsBack }, DecisionKind.ReportsBackSet, Text(reportsBack), by, at);
    }

    /// <summary>"Neem bij deelname van restaurants een aparte vertegenwoordiging voor deze groep op in werkgroep/projectteam."</summary>
    public void SetRepresentsRestaurants(string memberId, bool representsRestaurants, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        var member = RequireMember(memberId);
        if (representsRestaurants && !RoleCatalog.IsHorecaRepresentative(member.Role))
        {
            throw new FormationRuleException(FormationRuleCode.RestaurantsNeedHorecaRole, member.Id);
        }

        Change(member with { RepresentsRestaurants = representsRestaurants }, DecisionKind.RepresentsRestaurantsSet, Text(representsRestaurants), by, at);
    }

    /// <summary>Organisation null or blank means the role's default, where the role has one.</summary>
    public void SetMemberOrganisation(string memberId, string? organisation, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        var member = RequireMember(memberId);
        var organisationName = OrganisationFor(member.Role, organisation);
        Change(member with { Organisation = organisationName }, DecisionKind.MemberOrganisationSet, organisationName, by, at);
    }

    public HorecaArea AddHorecaArea(string name, HorecaAreaKind kind, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        var areaName = RequireName(name);
        RequireDefined(kind);
        RequireNew(areaName, HorecaAreas.Select(a => a.Name), FormationRuleCode.DuplicateArea);
        var area = new HorecaArea($"a{LastAreaNumber + 1}", areaName, kind);
        LastAreaNumber++;
        HorecaAreas = [.. HorecaAreas, area];
        Record(DecisionKind.HorecaAreaAdded, area.Id, $"{kind}; {areaName}", by, at);
        return area;
    }

    /// <summary>Replaces the member's whole coverage (an empty list clears it), so applying it twice gives the same result.</summary>
    public void AssignAreaCoverage(string memberId, IReadOnlyCollection<string> areaIds, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(areaIds);
        var member = RequireMember(memberId);
        var covered = areaIds.Select(id => RequireArea(id).Id).Distinct().ToArray();

        // "Het is belangrijk dat horecavertegenwoordiging van de diverse horecastraten en -pleinen, evenals de
        // publiekstrekkers, zijn aangesloten": it is horeca representation that covers an area.
        if (covered.Length > 0 && !RoleCatalog.IsHorecaRepresentative(member.Role))
        {
            throw new FormationRuleException(FormationRuleCode.CoverageNeedsHorecaRole, member.Id);
        }

        // Keep the project's area order, whatever order the card sent.
        var ordered = HorecaAreas.Select(a => a.Id).Where(covered.Contains).ToArray();
        Change(member with { CoveredAreaIds = ordered }, DecisionKind.AreaCoverageAssigned, string.Join(",", ordered), by, at);
    }

    public void SetRestaurantsTakePart(bool? takePart, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        RestaurantsTakePart = takePart;
        Record(DecisionKind.RestaurantsTakePartSet, "Restaurants", Text(takePart), by, at);
    }

    public void AddConsultationBody(string name, ConsultationBodyFate fate, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        var bodyName = RequireName(name);
        RequireDefined(fate);
        RequireNew(bodyName, ConsultationBodies.Select(b => b.Name), FormationRuleCode.DuplicateConsultationBody);
        ConsultationBodies = [.. ConsultationBodies, new ConsultationBody(bodyName, fate)];
        Record(DecisionKind.ConsultationBodyAdded, bodyName, fate.ToString(), by, at);
    }

    public void SetConsultationBodyFate(string name, ConsultationBodyFate fate, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        var body = RequireConsultationBody(name);
        RequireDefined(fate);
        ConsultationBodies = [.. ConsultationBodies.Select(b => b == body ? b with { Fate = fate } : b)];
        Record(DecisionKind.ConsultationBodyFateSet, body.Name, fate.ToString(), by, at);
    }

    /// <summary>The human judgement on a success factor; SuccessFactorAdvice only suggests.</summary>
    public void SetSuccessFactor(SuccessFactor factor, SuccessFactorStatus status, string? note, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        RequireDefined(factor);
        RequireDefined(status);
        var judged = status != SuccessFactorStatus.Open;
        var state = new SuccessFactorState(factor, status, judged ? by : null, judged ? at : null,
            string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        SuccessFactors = [.. SuccessFactors.Select(s => s.Factor == factor ? state : s)];
        Record(DecisionKind.SuccessFactorSet, factor.ToString(), status.ToString(), by, at);
    }

    /// <summary>Completing a task that is already done keeps the first DoneAt: that is when it was done.</summary>
    public void CompleteTask(ProjectleiderTask task, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        RequireDefined(task);
        Tasks = [.. Tasks.Select(t => t.Task == task && !t.Done ? t with { Done = true, DoneAt = at } : t)];
        Record(DecisionKind.TaskCompleted, task.ToString(), null, by, at);
    }

    public void ReopenTask(ProjectleiderTask task, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        RequireDefined(task);
        Tasks = [.. Tasks.Select(t => t.Task == task ? t with { Done = false, DoneAt = null } : t)];
        Record(DecisionKind.TaskReopened, task.ToString(), null, by, at);
    }

    /// <summary>
    /// "Afhankelijk van de afspraken binnen de werkgroep zijn de taken van de projectleider onder andere: ..."
    /// The werkgroep may agree that someone else (often the secretaris) carries a task.
    /// </summary>
    public void AssignTask(ProjectleiderTask task, TaskAssignee assignee, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(assignee);
        RequireDefined(task);
        RequireDefined(assignee.Kind);
        TaskAssignee normalized;
        if (assignee.Kind == TaskAssigneeKind.Other)
        {
            normalized = TaskAssignee.Other(RequirePerson(assignee.Person ?? throw new FormationRuleException(FormationRuleCode.AssigneePersonRequired)));
        }
        else
        {
            if (assignee.Person is not null)
            {
                throw new FormationRuleException(FormationRuleCode.AssigneePersonNotAllowed);
            }

            normalized = assignee;
        }

        Tasks = [.. Tasks.Select(t => t.Task == task ? t with { AssignedTo = normalized } : t)];
        Record(DecisionKind.TaskAssigned, task.ToString(),
            normalized.Person is null ? normalized.Kind.ToString() : $"{normalized.Kind}; {normalized.Person.DisplayName}", by, at);
    }

    /// <summary>
    /// Any phase may follow any other: the KVU is a cycle and a gemeente may need to step back.
    /// The werkgroep's channel; linking another channel moves the posts there.
    /// </summary>
    public void LinkChannel(string conversationId, string? teamId, string? teamName, string? channelName, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        Channel = new WerkgroepChannel(conversationId.Trim(), teamId, teamName, channelName, at);
        Record(DecisionKind.ChannelLinked, teamName ?? conversationId, channelName, by, at);
    }

    /// <summary>A typo in the gemeente or the area's name is corrected, not a reason for a new project.</summary>
    public void Rename(string gemeente, string uitgaansgebied, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        var gemeenteName = RequireName(gemeente);
        var gebied = RequireName(uitgaansgebied);
        Gemeente = gemeenteName;
        Uitgaansgebied = gebied;
        Record(DecisionKind.ProjectRenamed, gemeenteName, gebied, by, at);
    }

    /// <summary>The werkgroep's work on this project is done: nothing changes any more, and the retention period starts.</summary>
    public void Archive(PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (IsArchived)
        {
            throw new FormationRuleException(FormationRuleCode.ProjectArchived);
        }

        ArchivedAt = at;
        Record(DecisionKind.ProjectArchived, "Project", at.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture), by, at);
    }

    /// <summary>
    /// AVG, right to erasure: every reference to one person (<paramref name="isSubject"/>) becomes
    /// <paramref name="replacement"/> - the creator, the projectleider, the secretaris, seats and substitutes, task
    /// assignees, who judged a success factor, and who made each decision in the log - and her names, addresses and ids
    /// in free text (the log's details, notes) go through <paramref name="scrub"/>. The procesbegeleider (a name and a
    /// contact, no PersonRef) is hers when <paramref name="isSubjectProcesbegeleider"/> says so. Nothing is added to the
    /// log: its entries, their number and their dates stay as they were. Allowed on an archived project too.
    /// </summary>
    /// <returns>False when she was not in the project (nothing changed).</returns>
    public bool ErasePerson(Func<PersonRef, bool> isSubject, Func<string, string?, bool> isSubjectProcesbegeleider, PersonRef replacement, Func<string, string> scrub)
    {
        ArgumentNullException.ThrowIfNull(isSubject);
        ArgumentNullException.ThrowIfNull(isSubjectProcesbegeleider);
        ArgumentNullException.ThrowIfNull(replacement);
        ArgumentNullException.ThrowIfNull(scrub);
        var changed = false;
        PersonRef Swap(PersonRef person)
        {
            if (!isSubject(person))
            {
                return person;
            }

            changed = true;
            return replacement;
        }

        PersonRef? SwapOptional(PersonRef? person) => person is null ? null : Swap(person);
        string? Text(string? text)
        {
            if (text is null)
            {
                return null;
            }

            var scrubbed = scrub(text);
            changed |= scrubbed != text;
            return scrubbed;
        }

        CreatedBy = Swap(CreatedBy);
        Projectleider = Projectleider is null ? null : Projectleider with { Person = Swap(Projectleider.Person) };
        Secretaris = SwapOptional(Secretaris);
        if (Procesbegeleider is { Name: { } name } begeleider && isSubjectProcesbegeleider(name, begeleider.Contact))
        {
            Procesbegeleider = begeleider with { Name = replacement.DisplayName, Contact = begeleider.Contact is null ? null : replacement.DisplayName };
            changed = true;
        }

        Members = [.. Members.Select(m => m with { Person = Swap(m.Person), Substitute = SwapOptional(m.Substitute) })];
        Tasks = [.. Tasks.Select(t => t.AssignedTo.Person is null ? t : t with { AssignedTo = t.AssignedTo with { Person = Swap(t.AssignedTo.Person) } })];
        SuccessFactors = [.. SuccessFactors.Select(f => f with { ConfirmedBy = SwapOptional(f.ConfirmedBy), Note = Text(f.Note) })];
        Decisions = [.. Decisions.Select(d => d with { By = Swap(d.By), Subject = Text(d.Subject)!, Detail = Text(d.Detail) })];
        Channel = Channel is null ? null : Channel with { TeamName = Text(Channel.TeamName), ChannelName = Text(Channel.ChannelName) };
        Ticks = [.. Ticks.Select(t => t with { By = Swap(t.By) })];
        ConvenantEntries = [.. ConvenantEntries.Select(e => e with { Signatory = Text(e.Signatory) })];
        Analysis = Analysis with { Sources = [.. Analysis.Sources.Select(s => s with { DeliveredBy = Text(s.DeliveredBy) })] };
        changed |= ScrubEvaluation(scrub);
        return changed;
    }

    /// <summary>
    /// The person of the werkgroep (a member, a plaatsvervanger, the projectleider or the secretaris) whose name or
    /// e-mail address is <paramref name="typed"/> (letter case and spaces aside), with her Teams account where known;
    /// null when nobody is (a name that is not in the werkgroep is kept as text by whoever asked).
    /// </summary>
    public PersonRef? PersonNamed(string? typed)
    {
        static string Squeeze(string? text) => string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var said = Squeeze(typed);
        if (said.Length == 0)
        {
            return null;
        }

        bool Same(string? a) => a is not null && string.Equals(Squeeze(a), said, StringComparison.OrdinalIgnoreCase);
        return Members.Where(m => m.Status != MemberStatus.Declined).Select(m => m.Person)
            .Append(Projectleider?.Person)
            .Append(Secretaris)
            .Concat(Members.Select(m => m.Substitute))
            .OfType<PersonRef>()
            .FirstOrDefault(p => Same(p.DisplayName) || Same(p.Email));
    }

    private void Record(DecisionKind kind, string subject, string? detail, PersonRef by, DateTimeOffset at) =>
        Decisions = [.. Decisions, new Decision(at, by, kind, subject, detail)];

    /// <summary>Puts the changed seat in place of the old one and records the change in the decision log.</summary>
    private void Change(Member changed, DecisionKind kind, string? detail, PersonRef by, DateTimeOffset at)
    {
        Members = [.. Members.Select(m => m.Id == changed.Id ? changed : m)];
        Record(kind, changed.Id, detail, by, at);
    }

    private string OrganisationFor(WerkgroepRole role, string? organisation) =>
        string.IsNullOrWhiteSpace(organisation)
            ? RoleCatalog.DefaultOrganisation(role, Gemeente) ?? throw new FormationRuleException(FormationRuleCode.EmptyOrganisation, role.ToString())
            : organisation.Trim();

    private Member RequireMember(string memberId) =>
        Members.FirstOrDefault(m => m.Id == memberId?.Trim()) ?? throw new FormationRuleException(FormationRuleCode.UnknownMember, memberId);

    private HorecaArea RequireArea(string areaId) =>
        HorecaAreas.FirstOrDefault(a => a.Id == areaId?.Trim()) ?? throw new FormationRuleException(FormationRuleCode.UnknownArea, areaId);

    private ConsultationBody RequireConsultationBody(string name) =>
        ConsultationBodies.FirstOrDefault(b => SameName(b.Name, name)) ?? throw new FormationRuleException(FormationRuleCode.UnknownConsultationBody, name);

    /// <summary>
    /// One person, one seat: two seats would give their organisation a double voice (success factor 2).
    /// Declined members count too: their seat still exists, so replace or remove it rather than seat them twice.
    /// </summary>
    private void RequireNotSeated(PersonRef person, string? exceptMemberId)
    {
        var seated = Members.FirstOrDefault(m => m.Id != exceptMemberId && m.Person.IsSamePerson(person));
        if (seated is not null)
        {
            throw new FormationRuleException(FormationRuleCode.DuplicateMember, seated.Id);
        }
    }

    private static PersonRef RequirePerson(PersonRef? person)
    {
        if (person is null || string.IsNullOrWhiteSpace(person.DisplayName))
        {
            throw new FormationRuleException(FormationRuleCode.EmptyName);
        }

        string? email = null;
        if (!string.IsNullOrWhiteSpace(person.Email) && !EmailAddress.TryParse(person.Email, out email))
        {
            throw new FormationRuleException(FormationRuleCode.InvalidEmail);
        }

        var aadObjectId = string.IsNullOrWhiteSpace(person.AadObjectId) ? null : person.AadObjectId.Trim();

        // Someone who can be neither mentioned in Teams nor mailed cannot be invited or reminded.
        if (aadObjectId is null && email is null)
        {
            throw new FormationRuleException(FormationRuleCode.PersonWithoutContact);
        }

        return new PersonRef(person.DisplayName.Trim(), aadObjectId, email);
    }

    /// <summary>An e-mail address, or a phone number of 10 to 15 digits with the usual +, spaces, hyphens and brackets.</summary>
    private static string RequireContact(string contact)
    {
        var trimmed = contact.Trim();
        if (trimmed.Contains('@'))
        {
            return EmailAddress.TryParse(trimmed, out var email) ? email : throw new FormationRuleException(FormationRuleCode.InvalidContact);
        }

        var digits = trimmed.Count(char.IsAsciiDigit);
        var phoneShaped = trimmed.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')')
            && trimmed.LastIndexOf('+') <= 0;
        return phoneShaped && digits is >= 10 and <= 15 ? trimmed : throw new FormationRuleException(FormationRuleCode.InvalidContact);
    }

    private static string RequireName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? throw new FormationRuleException(FormationRuleCode.EmptyName) : name.Trim();

    private static void RequireDefined<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new FormationRuleException(FormationRuleCode.InvalidChoice, $"{typeof(TEnum).Name}={value}");
        }
    }

    /// <summary>A list of named things (the areas, the consultation bodies) holds each name once, whatever its case.</summary>
    private static void RequireNew(string name, IEnumerable<string> taken, FormationRuleCode duplicate)
    {
        if (taken.Any(t => SameName(t, name)))
        {
            throw new FormationRuleException(duplicate, name);
        }
    }

    private static bool SameName(string a, string? b) => string.Equals(a.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string Text(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => "null",
    };
}
