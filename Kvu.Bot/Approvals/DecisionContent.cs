using Kvu.Bot.Formation;

namespace Kvu.Bot.Approvals;

/// <summary>
/// What a decision asks approval for, derived from the project. Items are stored culture-neutral (ids and enum
/// names, "|"-separated) so that the version only changes when the thing itself changes, never because someone
/// with another Teams language looked at it; <see cref="Lines"/> renders them per reader.
/// </summary>
public static class DecisionContent
{
    private const char Separator = '|';

    /// <summary>The voter id of a projectleider who holds the gemeente's seat (they have no member id).</summary>
    public const string ProjectleiderVoter = "projectleider";

    /// <summary>
    /// Who is asked: seated members with an Entra (AAD) object id, since only that id identifies who clicks a card,
    /// and the projectleider when they hold the gemeente's seat (from the gemeente, or "namens de gemeente"): the
    /// gemeente agrees through them. Members entered by e-mail alone cannot respond until they are linked to their
    /// Teams account.
    /// </summary>
    public static IReadOnlyList<Voter> Voters(KvuProject project)
    {
        var members = project.Members
            .Where(m => m.Status != MemberStatus.Declined && !string.IsNullOrWhiteSpace(m.Person.AadObjectId) && !IsAdviser(m))
            .Select(m => new Voter(m.Person.AadObjectId!.Trim(), m.Person.DisplayName, m.Id));
        var leider = project.Projectleider?.Person;
        var gemeente = WerkgroepSeats.ProjectleiderRepresentsGemeente(project) && !string.IsNullOrWhiteSpace(leider?.AadObjectId)
            ? [new Voter(leider!.AadObjectId!.Trim(), leider.DisplayName, ProjectleiderVoter)]
            : Array.Empty<Voter>();
        return [.. gemeente.Concat(members).DistinctBy(v => v.AadObjectId, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>Voters, advisers and the voting seats that cannot be reached yet: who takes part in every decision.</summary>
    public static DecisionSeats Seats(KvuProject project) => new(Voters(project), Advisers(project), Unreachable(project));

    /// <summary>A new decision of the project, version 1, put to <paramref name="seats"/> by <paramref name="startedBy"/>.</summary>
    public static GroupDecision NewDecision(KvuProject project, GroupDecisionKind kind, IReadOnlyList<string> items, DecisionSeats seats, string startedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(seats);
        return new GroupDecision
        {
            ProjectId = project.Id,
            TenantId = project.TenantId,
            Kind = kind,
            ProjectName = $"{project.Gemeente} – {project.Uitgaansgebied}",
            Items = items,
            Voters = seats.Voters,
            Advisers = seats.Advisers,
            Unreachable = seats.Unreachable,
            StartedBy = startedBy,
            UpdatedAt = at,
        };
    }

    /// <summary>The KHN regioadviseur takes part "als adviseur": sees the card and may comment, is never counted.</summary>
    public static IReadOnlyList<Voter> Advisers(KvuProject project) =>
        [.. project.Members
            .Where(m => m.Status != MemberStatus.Declined && !string.IsNullOrWhiteSpace(m.Person.AadObjectId) && IsAdviser(m))
            .Select(m => new Voter(m.Person.AadObjectId!.Trim(), m.Person.DisplayName, m.Id))];

    /// <summary>
    /// Voting seats held by someone known only by name and e-mail: they should answer and cannot, until they are
    /// invited and linked to their Teams account.
    /// </summary>
    public static IReadOnlyList<AbsentSeat> Unreachable(KvuProject project) =>
        [.. project.Members
            .Where(m => m.Status != MemberStatus.Declined && string.IsNullOrWhiteSpace(m.Person.AadObjectId) && !IsAdviser(m))
            .Select(m => new AbsentSeat(m.Id, m.Person.DisplayName, m.Status == MemberStatus.Proposed ? AbsenceReason.NotInvited : AbsenceReason.NotInTeam))];

    private static bool IsAdviser(Member member) => RoleCatalog.Need(member.Role) == RoleNeed.Adviser;

    /// <summary>In <see cref="Composition"/>: the projectsecretaris's line, and a seat nobody holds yet.</summary>
    private const string SecretarisItem = "secretaris";
    private const string OpenItem = "open";

    /// <summary>
    /// The composition of the werkgroep (the formal samenwerkingsstructuur): the gemeente's seat (the projectleider,
    /// when they hold it), every seat and who holds it, the projectsecretaris, and the seats the werkgroep should have
    /// that are still open (a brandweer "later"), so the werkgroep approves the whole werkgroep, gaps included.
    /// </summary>
    public static IReadOnlyList<string> Composition(KvuProject project)
    {
        var active = project.Members.Where(m => m.Status != MemberStatus.Declined).ToList();
        var items = new List<string>();
        if (project.Projectleider is { } leider && WerkgroepSeats.ProjectleiderRepresentsGemeente(project) && !active.Any(m => m.Person.IsSamePerson(leider.Person)))
        {
            items.Add(string.Join(Separator, ProjectleiderVoter, WerkgroepRole.Gemeente, Clean(leider.Person.DisplayName), Clean(RoleCatalog.DefaultOrganisation(WerkgroepRole.Gemeente, project.Gemeente) ?? project.Gemeente)));
        }

        items.AddRange(active.Select(m => string.Join(Separator, m.Id, m.Role, Clean(m.Person.DisplayName), Clean(m.Organisation))));
        if (project.Secretaris is { } secretaris)
        {
            items.Add(string.Join(Separator, SecretarisItem, Clean(secretaris.DisplayName)));
        }

        foreach (var role in OpenRoles)
        {
            if (!WerkgroepSeats.Covers(project, role))
            {
                items.Add(string.Join(Separator, OpenItem, role));
            }
        }

        return items;
    }

    /// <summary>
    /// <see cref="Composition"/> as a reader sees it: "Politie: Ingrid Bakker (Politie)", "Projectsecretaris: Jeroen
    /// Visser", "Brandweer: nog open". The decision card and the composition in a summary show the same lines.
    /// </summary>
    public static IReadOnlyList<DecisionLine> CompositionLines(IEnumerable<string> items, CultureInfo culture) =>
        [.. items.Select(item => item.Split(Separator)).Select(p => p switch
        {
            [SecretarisItem, var name] => new DecisionLine(ApprovalText.Get(ApprovalText.SecretarisLine, culture), name),
            [OpenItem, var open] when Enum.TryParse<WerkgroepRole>(open, out var role) => new DecisionLine(FormationText.Name(role, culture), ApprovalText.Get(ApprovalText.OpenSeat, culture)),
            [_, var seat, var name, var organisation] when Enum.TryParse<WerkgroepRole>(seat, out var role) => new DecisionLine(FormationText.Name(role, culture), $"{name} ({organisation})"),
            _ => new DecisionLine(null, string.Join(' ', p)),
        })];

    /// <summary>The seats the KVU text says a werkgroep has (always, or usually): an empty one is shown as open.</summary>
    private static readonly WerkgroepRole[] OpenRoles =
        [.. Enum.GetValues<WerkgroepRole>().Where(r => RoleCatalog.Need(r) is RoleNeed.Required or RoleNeed.Recommended or RoleNeed.Adviser)];

    /// <summary>
    /// What every decision of the project depends on (who is asked, and the composition), as a short hash: equal
    /// fingerprints mean that bringing a decision in line with the project would change nothing.
    /// </summary>
    public static string Fingerprint(KvuProject project)
    {
        var seats = Seats(project);
        var text = string.Join('\n', seats.Voters.Select(v => string.Join(Separator, v.AadObjectId, v.MemberId, Clean(v.DisplayName))))
            + "\n\n" + string.Join('\n', Composition(project))
            + "\n\n" + string.Join('\n', seats.Advisers.Select(v => string.Join(Separator, v.AadObjectId, v.MemberId)))
            + "\n\n" + string.Join('\n', seats.Unreachable.Select(u => string.Join(Separator, u.MemberId, u.Reason)));
        return Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)), 0, 18);
    }

    public static string Term(string term, string definition) => string.Join(Separator, Clean(term), Clean(definition));

    public static string TermName(string item) => item.Split(Separator, 2)[0];

    /// <summary>Adds the term, or replaces the definition of a term with the same name (case-insensitive).</summary>
    public static IReadOnlyList<string> WithTerm(IReadOnlyList<string> items, string term, string definition)
    {
        var entry = Term(term, definition);
        var index = items.ToList().FindIndex(i => string.Equals(TermName(i), Clean(term), StringComparison.OrdinalIgnoreCase));
        return index < 0 ? [.. items, entry] : [.. items.Select((item, i) => i == index ? entry : item)];
    }

    /// <summary>One member's expectation of the werkgroep, keyed by seat so that a new text replaces their old one.</summary>
    public static string Expectation(Member member, string text) => string.Join(Separator, member.Id, Clean(member.Person.DisplayName), Clean(text));

    /// <summary>Adds the member's expectation, or replaces their earlier one; the rest keep their order.</summary>
    public static IReadOnlyList<string> WithExpectation(IReadOnlyList<string> items, Member member, string text)
    {
        var entry = Expectation(member, text);
        var index = items.ToList().FindIndex(i => i.Split(Separator, 2)[0] == member.Id);
        return index < 0 ? [.. items, entry] : [.. items.Select((item, i) => i == index ? entry : item)];
    }

    /// <summary>
    /// A phase move: its first item is the move ("Initiatief|Veiligheidsanalyse|1": from, to, the round it leads
    /// into), the others the checklist items still open when it was proposed, so members see what they agree to
    /// leave open.
    /// </summary>
    public static IReadOnlyList<string> PhaseMove(KvuProject project, KvuPhase to, int round) =>
        [string.Join(Separator, project.Phase, to, round.ToString(CultureInfo.InvariantCulture)),
            .. PhaseChecklist.Evaluate(project).Where(i => !i.Done).Select(i => string.Join(Separator, i.Check, i.Subject ?? string.Empty))];

    /// <summary>The move a phase decision is about; null when its items are not one.</summary>
    public static (KvuPhase From, KvuPhase To, int Round)? ReadPhaseMove(GroupDecision decision)
    {
        var parts = decision.Kind == GroupDecisionKind.Fase && decision.Items.Count > 0 ? decision.Items[0].Split(Separator) : [];
        return parts.Length == 3 && Enum.TryParse<KvuPhase>(parts[0], out var from) && Enum.TryParse<KvuPhase>(parts[1], out var to)
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var round)
            ? (from, to, round)
            : null;
    }

    /// <summary>The kinds of line of the plan van aanpak (<see cref="PlanItem"/>'s first part).</summary>
    public const string PlanGoal = "goal";
    public const string PlanKnelpunt = "knelpunt";
    public const string PlanRhythm = "rhythm";
    public const string PlanAgreement = "agreement";
    public const string PlanEvaluation = "evaluation";
    public const string PlanMeasures = "measures";

    /// <summary>
    /// One line of the plan van aanpak as the werkgroep approves it, culture-neutral: "goal|d1|text|3|smart",
    /// "knelpunt|k1|text|1", "rhythm|6", "agreement|subject|decider", "evaluation|Nameting|2029-06-01",
    /// "measures|12|hash" (the hash of every measure, so any change to one raises the version).
    /// </summary>
    public static string PlanItem(string kind, params string[] parts) => string.Join(Separator, [kind, .. parts.Select(Clean)]);

    public static IReadOnlyList<DecisionLine> Lines(GroupDecision decision, CultureInfo culture) => decision.Kind switch
    {
        GroupDecisionKind.Fase => PhaseLines(decision, culture),
        GroupDecisionKind.Plan => [.. decision.Items.Select(item => PlanLine(item.Split(Separator), culture))],
        GroupDecisionKind.Samenstelling => CompositionLines(decision.Items, culture),
        GroupDecisionKind.Begrippenlijst => [.. decision.Items.Select(item => item.Split(Separator, 2)).Select(p => p.Length == 2 ? new DecisionLine(p[0], p[1]) : new DecisionLine(null, p[0]))],
        GroupDecisionKind.Verwachtingen => [.. decision.Items.Select(item => item.Split(Separator, 3)).Select(p => p.Length == 3 ? new DecisionLine(p[1], p[2]) : new DecisionLine(null, string.Join(' ', p)))],
        _ => [.. decision.Items.Select(item => new DecisionLine(null, item))],
    };

    private static IReadOnlyList<DecisionLine> PhaseLines(GroupDecision decision, CultureInfo culture)
    {
        var lines = new List<DecisionLine>();
        if (ReadPhaseMove(decision) is { } move)
        {
            lines.Add(new DecisionLine(null, ApprovalText.Format(ApprovalText.PhaseMoveLine, culture,
                FormationText.Name(move.From, culture), FormationText.Name(move.To, culture))));
        }

        foreach (var item in decision.Items.Skip(1).Select(i => i.Split(Separator)))
        {
            lines.Add(Enum.TryParse<PhaseCheck>(item[0], out var check)
                ? new DecisionLine(ApprovalText.Get(ApprovalText.PhaseStillOpen, culture), FormationText.CheckName(check, item.Length > 1 ? item[1] : null, culture))
                : new DecisionLine(null, string.Join(' ', item)));
        }

        return lines;
    }

    private static DecisionLine PlanLine(string[] parts, CultureInfo culture) => parts switch
    {
        [PlanGoal, var id, var text, var count, var smart] => new DecisionLine(ApprovalText.Format(ApprovalText.PlanGoalLabel, culture, id),
            ApprovalText.Format(ApprovalText.PlanMeasureCount, culture, text, count) + (smart == "smart" ? string.Empty : ApprovalText.Get(ApprovalText.PlanNotSmart, culture))),
        [PlanKnelpunt, var id, var text, var count] => new DecisionLine(ApprovalText.Format(ApprovalText.PlanKnelpuntLabel, culture, id), ApprovalText.Format(ApprovalText.PlanMeasureCount, culture, text, count)),
        [PlanRhythm, var weeks] => new DecisionLine(ApprovalText.Get(ApprovalText.PlanRhythmLabel, culture), ApprovalText.Format(ApprovalText.PlanRhythm, culture, weeks)),
        [PlanAgreement, var subject, var decider] => new DecisionLine(ApprovalText.Format(ApprovalText.PlanAgreementLabel, culture, subject), decider),
        [PlanEvaluation, var kind, var on] when Enum.TryParse<EvaluationMomentKind>(kind, out var moment) && DateOnly.TryParse(on, CultureInfo.InvariantCulture, out var date) =>
            new DecisionLine(FormationText.Name(moment, culture), Formation.Cards.CardParts.Date(date, culture)),
        [PlanMeasures, var count, _] => new DecisionLine(ApprovalText.Get(ApprovalText.PlanMeasuresLabel, culture), ApprovalText.Format(ApprovalText.PlanMeasuresTotal, culture, count)),
        _ => new DecisionLine(null, string.Join(' ', parts)),
    };

    private static string Clean(string text) => text.Replace(Separator, '/').Trim();
}
