using Kvu.Bot.Approvals;
using Kvu.Bot.Formation;

namespace Kvu.Bot.Documents;

/// <summary>
/// The voortgangsrapportage for the college van B&amp;W and the gemeenteraad over a period the projectleider chooses:
/// where the KVU stands (phase and its history), the werkgroep and its changes in the period, the goals against their
/// metingen (a table and a chart), the measures by state, the werkgroep's decisions of the period, the budget, and
/// the next steps. What the project does not record yet is named as not filled in, so the reader sees the gap.
/// </summary>
public static class VoortgangsrapportageDocument
{
    private static readonly DecisionKind[] WerkgroepChanges =
        [DecisionKind.MemberAdded, DecisionKind.RepresentativeReplaced, DecisionKind.MemberRemoved, DecisionKind.MandateSet, DecisionKind.SubstituteSet, DecisionKind.MemberStatusSet];

    private static readonly DecisionKind[] Decided =
        [DecisionKind.PhaseMoved, DecisionKind.GoalSet, DecisionKind.IntentieverklaringSet, DecisionKind.ProjectleiderSet, DecisionKind.SecretarisAppointed, DecisionKind.ProcesbegeleiderSet];

    public static byte[] Write(DocumentFacts facts, DocumentPeriod period, DateOnly? nextReport = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(period);
        var project = facts.Project;
        var inPeriod = project.Decisions.Where(d => period.Contains(d.At)).ToList();
        var name = Wording.Get("Report_Name");
        var document = DocumentParts.Start(project, name)
            .TitleBlock(name, Wording.Get("Kvu"), DocumentParts.Area(project), Wording.Get("Report_To"),
                Wording.Format("Report_Period", Wording.Date(period.From), Wording.Date(period.To)), Wording.Format("Report_Date", Wording.Date(facts.Today)));

        var checklist = PhaseChecklist.Evaluate(project);
        var groupDecisions = facts.GroupDecisions.Where(t => period.Contains(t.Decision.UpdatedAt)).ToList();
        document
            .Heading(Wording.Get("Report_Summary"))
            .Paragraph(Wording.Format("Report_SummaryText",
                Wording.Name(project.Phase), Wording.Date(project.CurrentStay.EnteredAt), project.Round,
                DocumentParts.Seated(project).Count, checklist.Count(i => i.Done), checklist.Count,
                project.Goals.Count, project.Goals.Count(g => Goals.Gaps(g, project.Analysis).Count == 0),
                inPeriod.Count(d => Decided.Contains(d.Kind)) + groupDecisions.Count))
            .Heading(Wording.Get("Report_Phase"))
            .Paragraph(Wording.Format("Report_PhaseNow", Wording.Name(project.Phase), Wording.Date(project.CurrentStay.EnteredAt)))
            .Table(
                [Wording.Get("Col_Phase"), Wording.Get("Col_Round"), Wording.Get("Col_From"), Wording.Get("Col_To"), Wording.Get("Col_Decision")],
                project.History.Select(s => (IReadOnlyList<string>)
                [
                    Wording.Name(s.Phase) + (s.Back ? " " + Wording.Get("Report_Back") : string.Empty),
                    s.Round.ToString(Wording.Dutch),
                    Wording.ShortDate(s.EnteredAt),
                    s.LeftAt is { } left ? Wording.ShortDate(left) : Wording.Get("Report_Now"),
                    s.Decision ?? "–",
                ]),
                [4, 2, 2, 2, 2]);

        document.Heading(Wording.Get("Report_Werkgroep")).Werkgroep(project).Heading(Wording.Get("Report_WerkgroepChanges"), 2);
        var changes = inPeriod.Where(d => WerkgroepChanges.Contains(d.Kind)).Select(d => Wording.ShortDate(d.At) + ": " + Change(project, d)).ToList();
        if (changes.Count == 0)
        {
            document.Paragraph(Wording.Get("Report_NoChanges"));
        }

        document.Bullets(changes);

        document.Heading(Wording.Get("Report_Goals")).Goals(project).Heading(Wording.Get("Report_Metingen"), 2).Paragraph(Wording.Get("Metingen_NotYet"));
        var measurable = project.Goals
            .Select(g => (Goal: g, Indicator: project.Analysis.Indicators.FirstOrDefault(i => i.Id == g.IndicatorId)))
            .Where(x => x.Indicator is not null)
            .ToList();
        if (measurable.Count > 0)
        {
            document.Chart(new BarChart(
                Wording.Get("Chart_Title"),
                [.. measurable.Select(x => x.Indicator!.Name)],
                [
                    new ChartSeries(Wording.Get("Chart_Baseline"), [.. measurable.Select(x => (decimal?)x.Indicator!.Baseline)]),
                    new ChartSeries(Wording.Get("Chart_Target"), [.. measurable.Select(x => x.Goal.Target)]),
                ]));
        }

        document.Heading(Wording.Get("Report_Measures")).Paragraph(Wording.Get("Measures_NotYet"));

        document.Heading(Wording.Get("Report_Decisions"));
        var decided = inPeriod.Where(d => Decided.Contains(d.Kind)).Select(d => (d.At, Text: Decision(project, d)))
            .Concat(groupDecisions.Select(t => (At: t.Decision.UpdatedAt, Text: GroupDecision(t))))
            .OrderBy(d => d.At)
            .ToList();
        if (decided.Count == 0)
        {
            document.Paragraph(Wording.Get("Report_NoDecisions"));
        }
        else
        {
            document.Table([Wording.Get("Col_Date"), Wording.Get("Col_Decision")], decided.Select(d => (IReadOnlyList<string>)[Wording.ShortDate(d.At), d.Text]), [1, 5]);
        }

        document.Heading(Wording.Get("Report_Budget")).Paragraph(Wording.Get("Budget_NotYet"));

        var open = checklist.Where(i => !i.Done).Select(i => FormationText.CheckName(i.Check, i.Subject, Wording.Dutch) + (i.Owner is { } owner ? $" ({owner})" : string.Empty)).ToList();
        document.Heading(Wording.Get("Report_Next"))
            .Paragraph(open.Count == 0 ? Wording.Format("Report_NextReady", Wording.Name(project.Phase)) : Wording.Format("Report_NextOpen", Wording.Name(project.Phase)))
            .Bullets(open);
        if (project.Phase < KvuPhase.Evaluatie)
        {
            document.Paragraph(Wording.Format("Report_NextPhase", Wording.Name(project.Phase + 1)));
        }

        document.Paragraph(nextReport is { } due ? Wording.Format("Report_NextReport", Wording.Date(due)) : Wording.Get("Report_NextReportNone"));
        return document.ToBytes(facts.Now);
    }

    private static string Change(KvuProject project, Decision change)
    {
        var parts = change.Detail?.Split("; ") ?? [];
        var member = project.FindMember(change.Subject)?.Person.DisplayName ?? change.Subject;
        return change.Kind switch
        {
            DecisionKind.MemberAdded when parts.Length >= 2 && Enum.TryParse<WerkgroepRole>(parts[0], out var role) =>
                Wording.Format("Change_Added", parts[1], Wording.Name(role)),
            DecisionKind.RepresentativeReplaced when change.Detail?.Split(" -> ") is [var before, var after] => Wording.Format("Change_Replaced", before, after),
            DecisionKind.MemberRemoved when parts.Length >= 2 => Wording.Format("Change_Removed", parts[1]),
            DecisionKind.MandateSet when Enum.TryParse<Mandate>(change.Detail, out var mandate) => Wording.Format("Change_Mandate", member, Wording.Name(mandate).ToLower(Wording.Dutch)),
            DecisionKind.SubstituteSet => Wording.Format("Change_Substitute", member, Wording.OrNotFilled(change.Detail)),
            DecisionKind.MemberStatusSet when Enum.TryParse<MemberStatus>(change.Detail, out var status) => Wording.Format("Change_Status", member, Wording.Name(status).ToLower(Wording.Dutch)),
            _ => Wording.Name(change.Kind),
        };
    }

    private static string Decision(KvuProject project, Decision decision) => decision.Kind switch
    {
        DecisionKind.PhaseMoved when decision.Detail?.Split("; ")[0].Split(" -> ") is [var from, var to]
            && Enum.TryParse<KvuPhase>(from, out var a) && Enum.TryParse<KvuPhase>(to, out var b) =>
            Wording.Format("Decision_Phase", Wording.Name(a), Wording.Name(b)),
        DecisionKind.GoalSet => Wording.Format("Decision_Goal", project.Goals.FirstOrDefault(g => g.Id == decision.Subject)?.Text ?? decision.Subject),
        _ => Wording.Name(decision.Kind),
    };

    private static string GroupDecision(DecisionTally tally)
    {
        var title = ApprovalText.Get("Title_" + tally.Decision.Kind, Wording.Dutch);
        return tally.Decision.Closed && tally.Unanimous ? Wording.Format("Decision_Approved", title, tally.Decision.Version)
            : tally.Decision.Closed ? Wording.Format("Decision_Closed", title, tally.Agreed, tally.ShouldAnswer)
            : Wording.Format("Decision_Open", title, tally.Agreed, tally.ShouldAnswer);
    }
}
