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
            .Where(m => m.Status != MemberStatus.Declined && !string.IsNullOrWhiteSpace(m.Person.AadObjectId))
            .Select(m => new Voter(m.Person.AadObjectId!.Trim(), m.Person.DisplayName, m.Id));
        var leider = project.Projectleider?.Person;
        var gemeente = WerkgroepSeats.ProjectleiderRepresentsGemeente(project) && !string.IsNullOrWhiteSpace(leider?.AadObjectId)
            ? [new Voter(leider!.AadObjectId!.Trim(), leider.DisplayName, ProjectleiderVoter)]
            : Array.Empty<Voter>();
        return [.. gemeente.Concat(members).DistinctBy(v => v.AadObjectId, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The composition of the werkgroep (the formal samenwerkingsstructuur): every seat and who holds it.</summary>
    public static IReadOnlyList<string> Composition(KvuProject project) =>
        [.. project.Members
            .Where(m => m.Status != MemberStatus.Declined)
            .Select(m => string.Join(Separator, m.Id, m.Role, Clean(m.Person.DisplayName), Clean(m.Organisation)))];

    /// <summary>
    /// What every decision of the project depends on (who is asked, and the composition), as a short hash: equal
    /// fingerprints mean that bringing a decision in line with the project would change nothing.
    /// </summary>
    public static string Fingerprint(KvuProject project)
    {
        var text = string.Join('\n', Voters(project).Select(v => string.Join(Separator, v.AadObjectId, v.MemberId, Clean(v.DisplayName))))
            + "\n\n" + string.Join('\n', Composition(project));
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

    public static IReadOnlyList<DecisionLine> Lines(GroupDecision decision, CultureInfo culture) => decision.Kind switch
    {
        GroupDecisionKind.Fase => PhaseLines(decision, culture),
        GroupDecisionKind.Samenstelling => [.. decision.Items.Select(item => item.Split(Separator)).Select(p => p.Length == 4 && Enum.TryParse<WerkgroepRole>(p[1], out var role)
            ? new DecisionLine(FormationText.Name(role, culture), $"{p[2]} ({p[3]})")
            : new DecisionLine(null, string.Join(' ', p)))],
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

    private static string Clean(string text) => text.Replace(Separator, '/').Trim();
}
