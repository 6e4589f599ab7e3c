using Kvu.Bot.Formation;

namespace Kvu.Bot.Approvals;

/// <summary>
/// The audit trail in words a projectleider reads: the logboek itself (every response and every change to a
/// decision, newest first) and the outcome of verifying it: intact with how many rows were checked, or the first
/// row (in time) that was changed or removed: whose, on what, when.
/// </summary>
public static class AuditTrailReport
{
    /// <summary>Newest 100 lines: a Teams message stays under 28 KB; the full trail stays in storage.</summary>
    private const int MaxLines = 100;

    private const int CommentLength = 120;

    public static string Log(AuditTrail trail, KvuProject project, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(trail);
        ArgumentNullException.ThrowIfNull(project);
        var format = ReaderCulture.For(culture);
        var responses = trail.Entries.Select(e => e.Response).Select(e => (e.At, Line: ApprovalText.Format(ApprovalText.AuditLogLine, format,
                DutchTime.Local(e.At), Subject(e.DecisionId, project, culture), e.DisplayName, e.AadObjectId, ApprovalText.Get($"Answer_{e.Answer}", culture), e.Version)
            + (e.Comment is null ? string.Empty : $" · {UserText.Cut(e.Comment, CommentLength)}")));
        var changes = trail.Events.Select(e => e.Event).Select(e => (e.At, Line: ApprovalText.Format(ApprovalText.AuditLogEvent, format,
            DutchTime.Local(e.At), Subject(e.DecisionId, project, culture), e.BySystem ? Who(e, culture) : $"{e.ByName} ({e.ByAadObjectId})", What(e, culture), e.Version)));
        var lines = responses.Concat(changes).OrderByDescending(l => l.At).Take(MaxLines).Select(l => $"- {l.Line}").ToList();
        return lines.Count == 0
            ? ApprovalText.Get(ApprovalText.AuditEmpty, culture)
            : ApprovalText.Format(ApprovalText.AuditLogTitle, culture, Name(project)) + "\n\n" + string.Join("\n\n", lines);
    }

    public static string Verdict(AuditVerdict verdict, KvuProject project, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(project);
        var fromBefore = verdict.FromBefore > 0 ? ApprovalText.Format(ApprovalText.VerifyFromBefore, culture, verdict.FromBefore) : null;
        if (verdict.FirstBreak is { } broken)
        {
            var advice = verdict.Breaks > 1 ? ApprovalText.Format(ApprovalText.VerifyMoreBreaks, culture, verdict.Breaks) : ApprovalText.Get(ApprovalText.VerifyOneBreak, culture);
            return string.Join("\n\n", ApprovalText.Format(ApprovalText.VerifyBroken, culture, Name(project)), Where(broken, project, culture), advice);
        }

        var intact = verdict.Checked switch
        {
            0 when fromBefore is null => ApprovalText.Format(ApprovalText.VerifyEmpty, culture, Name(project)),
            1 => ApprovalText.Format(ApprovalText.VerifyIntactOne, culture, Name(project)),
            _ => ApprovalText.Format(ApprovalText.VerifyIntact, culture, Name(project), verdict.Checked),
        };
        return fromBefore is null ? intact : intact + "\n\n" + fromBefore;
    }

    /// <summary>The broken row as "who, on what, when (what, version)"; a decision that stands otherwise than its trail says so.</summary>
    private static string Where(AuditBreak broken, KvuProject project, CultureInfo culture)
    {
        var subject = Subject(broken.DecisionId, project, culture);
        var when = DutchTime.Local(broken.At);
        var format = ReaderCulture.For(culture);
        if (broken.Response is { } r)
        {
            return ApprovalText.Format($"{ApprovalText.VerifyBroken}_{broken.Kind}", format, r.DisplayName, subject, when, ApprovalText.Get($"Answer_{r.Answer}", culture), r.Version);
        }

        var e = broken.Change!;
        var key = broken.Kind is AuditBreakKind.CurrentChanged or AuditBreakKind.CurrentMissing
            ? $"{ApprovalText.VerifyBroken}_{broken.Kind}_Decision"
            : $"{ApprovalText.VerifyBroken}_{broken.Kind}";
        var what = broken.Kind == AuditBreakKind.CurrentChanged ? ApprovalText.Get(e.Closed ? ApprovalText.DecisionClosed : ApprovalText.DecisionOpen, culture) : What(e, culture);
        return ApprovalText.Format(key, format, Who(e, culture), subject, when, what, e.Version);
    }

    private static string Who(DecisionEvent change, CultureInfo culture) =>
        change.BySystem ? ApprovalText.Get(ApprovalText.EventBySystem, culture) : change.ByName;

    private static string What(DecisionEvent change, CultureInfo culture) => change.Kind switch
    {
        DecisionEventKind.Versioned when change.Version <= 1 => ApprovalText.Get(ApprovalText.Event_Proposed, culture),
        _ => ApprovalText.Get($"Event_{change.Kind}", culture),
    };

    private static string Name(KvuProject project) => $"{project.Gemeente} – {project.Uitgaansgebied}";

    private static string Subject(string decisionId, KvuProject project, CultureInfo culture)
    {
        if (Enum.TryParse<GroupDecisionKind>(decisionId, ignoreCase: true, out var kind) && Enum.IsDefined(kind))
        {
            return ApprovalText.Get($"Title_{kind}", culture);
        }

        var memberId = decisionId.StartsWith("uitnodiging-", StringComparison.Ordinal) ? decisionId["uitnodiging-".Length..] : decisionId;
        var member = project.FindMember(memberId);
        return ApprovalText.Format(ApprovalText.AuditInvitation, culture, member is null ? memberId : FormationText.Name(member.Role, culture));
    }
}
