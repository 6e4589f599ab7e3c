using Kvu.Bot.Approvals;
using Kvu.Bot.Evaluation;
using Kvu.Bot.Formation;
using Kvu.Bot.Plan;

namespace Kvu.Bot.Documents;

/// <summary>
/// The voortgangsrapportage for the college van B&amp;W and the gemeenteraad over a period the projectleider chooses:
/// where the KVU stands (phase and its history), the werkgroep and its changes in the period, the goals against their
/// metingen (a table and a chart), the measures by state, the werkgroep's decisions of the period, the budget, and
/// the next steps. What the project does not record yet is named as not filled in, so the reader sees the gap.
/// </summary>
internal static class VoortgangsrapportageDocument
{
    private static readonly DecisionKind[] WerkgroepChanges =
        [DecisionKind.MemberAdded, DecisionKind.RepresentativeReplaced, DecisionKind.MemberRemoved, DecisionKind.MandateSet, DecisionKind.SubstituteSet, DecisionKind.MemberStatusSet];

    private static readonly DecisionKind[] Decided =
        [DecisionKind.PhaseMoved, DecisionKind.GoalSet, DecisionKind.IntentieverklaringSet, DecisionKind.ProjectleiderSet, DecisionKind.SecretarisAppointed, DecisionKind.ProcesbegeleiderSet];

    /// <summary>Where B&amp;W look first: what runs and what is delayed, then what is still to start, then what is done or stopped.</summary>
    private static readonly MeasureState[] ShownStates = [MeasureState.Loopt, MeasureState.Vertraagd, MeasureState.Gepland, MeasureState.Gereed, MeasureState.Gestopt];

    public static WordDocument Write(DocumentFacts facts, DocumentPeriod period, DateOnly? nextReport = null)
    {
        var project = facts.Project;
        var inPeriod = project.Decisions.Where(d => period.Contains(d.At)).ToList();
        var document = DocumentParts.Start(project, Wording.Get("Report_Name"),
        [
            Wording.Get("Kvu"), DocumentParts.Area(project), Wording.Get("Report_To"),
            Wording.Format("Report_Period", Wording.Date(period.From), Wording.Date(period.To)), Wording.Format("Report_Date", Wording.Date(facts.Today)),
        ]);

        var checklist = PhaseChecklist.Evaluate(project);
        var groupDecisions = facts.GroupDecisions.Where(t => period.Contains(t.Decision.UpdatedAt)).ToList();
        document
            .Heading(Wording.Get("Report_Summary"))
            .Paragraph(Wording.Format("Report_SummaryText",
                Wording.Name(project.Phase), Wording.Date(project.CurrentStay.EnteredAt), project.Round,
                DocumentParts.Seated(project).Count, checklist.Count(i => i.Done), checklist.Count,
                project.Goals.Count, project.Goals.Count(g => Goals.Gaps(g, project.Analysis).Count == 0),
                inPeriod.Count(d => Decided.Contains(d.Kind)) + groupDecisions.Count));
        Summary(document, facts);
        document
            .Heading(Wording.Get("Report_Phase"))
            .Paragraph(Wording.Format("Report_PhaseNow", Wording.Name(project.Phase), Wording.Date(project.CurrentStay.EnteredAt)))
            .Table(
                [Wording.Get("Col_Phase"), Wording.Get("Col_Round"), Wording.Get("Col_From"), Wording.Get("Col_To"), Wording.Get("Col_Decision")],
                project.History.Select(s => (IReadOnlyList<string>)
                [
                    Wording.Name(s.Phase) + (s.Back ? " " + Wording.Get("Report_Back") : string.Empty),
                    s.Round.ToString(ReaderCulture.Dutch),
                    Wording.ShortDate(s.EnteredAt),
                    s.LeftAt is { } left ? Wording.ShortDate(left) : Wording.Get("Report_Now"),
                    s.Decision ?? "–",
                ]),
                [4, 2, 2, 2, 2]);
        Convenant(document, project);

        document.Heading(Wording.Get("Report_Werkgroep")).Werkgroep(project).Heading(Wording.Get("Report_WerkgroepChanges"), 2);
        var changes = inPeriod.Where(d => WerkgroepChanges.Contains(d.Kind)).Select(d => Wording.ShortDate(d.At) + ": " + Change(project, d)).ToList();
        if (changes.Count == 0)
        {
            document.Paragraph(Wording.Get("Report_NoChanges"));
        }

        document.Bullets(changes);

        Results(document, project, facts.Today, period);
        MeasuresByState(document, facts, facts.Today);

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

        document.Heading(Wording.Get("Report_Budget")).Budget(facts.Measures);

        var open = checklist.Where(i => !i.Done).Select(i => FormationText.CheckName(i.Check, i.Subject, ReaderCulture.Dutch) + (i.Owner is { } owner ? $" ({owner})" : string.Empty)).ToList();
        document.Heading(Wording.Get("Report_Next"))
            .Paragraph(open.Count == 0 ? Wording.Format("Report_NextReady", Wording.Name(project.Phase)) : Wording.Format("Report_NextOpen", Wording.Name(project.Phase)))
            .Bullets(open);
        if (project.Phase < KvuPhase.Evaluatie)
        {
            document.Paragraph(Wording.Format("Report_NextPhase", Wording.Name(project.Phase + 1)));
        }

        return document.Paragraph(nextReport is { } due ? Wording.Format("Report_NextReport", Wording.Date(due)) : Wording.Get("Report_NextReportNone"));
    }

    /// <summary>Each goal against its latest meting (verdict and trend), the metingen of the period, and a chart.</summary>
    private static void Results(WordDocument document, KvuProject project, DateOnly today, DocumentPeriod period)
    {
        document.Heading(Wording.Get("Report_Goals"));
        var results = GoalResults.For(project, today);
        if (results.Count == 0)
        {
            document.Paragraph(Wording.Get("Goals_None"));
            return;
        }

        document.Table(
            [Wording.Get("Col_Goal"), Wording.Get("Col_Baseline"), Wording.Get("Col_Latest"), Wording.Get("Col_Target"), Wording.Get("Col_Verdict")],
            results.Select(r => (IReadOnlyList<string>)
            [
                r.Indicator is null ? r.Goal.Text : $"{r.Goal.Text} ({r.Indicator.Name})",
                r.Indicator is null ? "–" : $"{Wording.Number(r.Indicator.Baseline)} ({Wording.ShortDate(r.Indicator.BaselineOn)})",
                r.Latest is { } latest ? $"{Wording.Number(latest.Value)} ({Wording.ShortDate(latest.On)}, {EvaluationText.Name(latest.Kind, ReaderCulture.Dutch)})" : Wording.NotFilled,
                r.Goal.Target is { } target ? $"{Wording.Number(target)} ({(r.Goal.By is { } by ? Wording.ShortDate(by) : "–")})" : Wording.NotFilled,
                EvaluationText.Name(r.Verdict, ReaderCulture.Dutch) + (r.SinceBaseline is { } trend ? $"; {Wording.Get($"Trend_{trend}")}" : string.Empty),
            ]),
            [5, 3, 3, 3, 3]);

        document.Heading(Wording.Get("Report_Metingen"), 2);
        var inPeriod = project.Metingen.Where(m => m.On >= period.From && m.On <= period.To).OrderBy(m => m.On).ToList();
        document.Paragraph(inPeriod.Count == 0 ? Wording.Get("Metingen_NoneInPeriod") : Wording.Format("Metingen_InPeriod", inPeriod.Count));
        document.Bullets(inPeriod.Select(m =>
            $"{Wording.ShortDate(m.On)}: {project.Analysis.Indicators.FirstOrDefault(i => i.Id == m.IndicatorId)?.Name ?? m.IndicatorId} = {Wording.Number(m.Value)} ({EvaluationText.Name(m.Kind, ReaderCulture.Dutch)}, {m.Source})"));

        var measurable = results.Where(r => r.Indicator is not null).ToList();
        if (measurable.Count > 0)
        {
            document.Chart(new BarChart(
                Wording.Get("Chart_Title"),
                [.. measurable.Select(r => r.Indicator!.Name)],
                [
                    new ChartSeries(Wording.Get("Chart_Baseline"), [.. measurable.Select(r => (decimal?)r.Indicator!.Baseline)]),
                    new ChartSeries(Wording.Get("Chart_Latest"), [.. measurable.Select(r => r.Latest?.Value)]),
                    new ChartSeries(Wording.Get("Chart_Target"), [.. measurable.Select(r => r.Goal.Target)]),
                ]));
        }
    }

    /// <summary>What B&amp;W read first besides the phase: how far the convenant is signed, and the measures in a line.</summary>
    private static void Summary(WordDocument document, DocumentFacts facts)
    {
        var project = facts.Project;
        var lines = new List<string>();
        if (project.Phase >= KvuPhase.Convenant || project.ConvenantEntries.Count > 0)
        {
            var parties = project.ConvenantParties;
            lines.Add(Wording.Format("Summary_Convenant", parties.Count(p => p.State == SigningState.Getekend), parties.Count));
        }

        if (facts.Measures.Count > 0)
        {
            int Count(MeasureState state) => facts.Measures.Count(m => facts.StateOf(m) == state);
            lines.Add(Wording.Format("Summary_Measures", facts.Measures.Count, Count(MeasureState.Gereed), Count(MeasureState.Loopt), Count(MeasureState.Vertraagd),
                facts.Measures.Count(m => MeasureProgress.IsOverdue(facts.StateOf(m), m.End, facts.Today))));
        }

        document.Bullets(lines);
    }

    /// <summary>
    /// From the Convenant phase on (or once anything of it is entered), how far the signing is: B&amp;W want to know
    /// whether every party, the Openbaar Ministerie included, has signed.
    /// </summary>
    private static void Convenant(WordDocument document, KvuProject project)
    {
        if (project.Phase < KvuPhase.Convenant && project.ConvenantEntries.Count == 0)
        {
            return;
        }

        document.Heading(Wording.Get("Report_Convenant"), 2)
            .SignedCount(project)
            .ConvenantTable(project);
    }

    /// <summary>
    /// The measures by the state their owners keep in the voortgangsmatrix (gepland until one sets it), running and
    /// delayed first; a measure past its end date and not finished is marked over tijd, with the owner's note.
    /// </summary>
    private static void MeasuresByState(WordDocument document, DocumentFacts facts, DateOnly today)
    {
        document.Heading(Wording.Get("Report_Measures"));
        var measures = facts.Measures;
        if (measures.Count == 0)
        {
            document.Paragraph(Wording.Get("Measures_NotYet"));
            return;
        }

        var overdue = measures.Count(m => MeasureProgress.IsOverdue(facts.StateOf(m), m.End, today));
        var counts = ShownStates.Select(s => (State: s, Count: measures.Count(m => facts.StateOf(m) == s))).Where(c => c.Count > 0)
            .Select(c => $"{EvaluationText.Name(c.State, ReaderCulture.Dutch)}: {c.Count}");
        document.Paragraph(Wording.Format("Measures_Summary", measures.Count, string.Join(", ", counts))
            + " " + (overdue == 0 ? Wording.Get("Measures_NoneOverdue") : Wording.Format("Measures_Overdue", overdue)));
        foreach (var state in ShownStates)
        {
            var group = measures.Where(m => facts.StateOf(m) == state).OrderBy(m => m.End).ToList();
            if (group.Count == 0)
            {
                continue;
            }

            document.Heading(Wording.Format("Measures_State", Capital(EvaluationText.Name(state, ReaderCulture.Dutch)), group.Count), 2)
                .Bullets(group.Select(m => Line(m, facts.Progress.GetValueOrDefault(m.Id), MeasureProgress.IsOverdue(state, m.End, today))));
        }
    }

    private static string Line(Measure measure, MeasureProgress? progress, bool overdue)
    {
        var line = Wording.Format("Measure_Line", measure.Id, measure.Title, $"{measure.Party} ({measure.Owner.DisplayName})", Wording.ShortDate(measure.Start), Wording.ShortDate(measure.End));
        if (overdue)
        {
            line += Wording.Get("Measure_Overdue");
        }

        return progress?.Note is { Length: > 0 } note ? $"{line}: {note}" : line;
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpper(text[0], ReaderCulture.Dutch) + text[1..];

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
            DecisionKind.MandateSet when Enum.TryParse<Mandate>(change.Detail, out var mandate) => Wording.Format("Change_Mandate", member, Wording.Name(mandate).ToLower(ReaderCulture.Dutch)),
            DecisionKind.SubstituteSet => Wording.Format("Change_Substitute", member, Wording.OrNotFilled(change.Detail)),
            DecisionKind.MemberStatusSet when Enum.TryParse<MemberStatus>(change.Detail, out var status) => Wording.Format("Change_Status", member, Wording.Name(status).ToLower(ReaderCulture.Dutch)),
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
        var title = ApprovalText.Get("Title_" + tally.Decision.Kind, ReaderCulture.Dutch);
        return tally.Decision.Closed && tally.Unanimous ? Wording.Format("Decision_Approved", title, tally.Decision.Version)
            : tally.Decision.Closed ? Wording.Format("Decision_Closed", title, tally.Agreed, tally.ShouldAnswer)
            : Wording.Format("Decision_Open", title, tally.Agreed, tally.ShouldAnswer);
    }
}
