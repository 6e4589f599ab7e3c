namespace Kvu.Bot.Formation;

/// <summary>
/// Each phase's checklist (what the CCV stappenplan asks of the phase, as far as the bot can follow it), judged from
/// the project: what is done, what is missing and who owns it. Items the bot has data for are judged from that data
/// and cannot be ticked by hand; the others are the projectleider's ticks (<see cref="KvuProject.TickCheck"/>) for the current round.
/// </summary>
public static class PhaseChecklist
{
    private static readonly IReadOnlyDictionary<KvuPhase, PhaseCheck[]> Checks = new Dictionary<KvuPhase, PhaseCheck[]>
    {
        [KvuPhase.Initiatief] = [PhaseCheck.PartiesAgreed, PhaseCheck.WerkgroepFormed, PhaseCheck.IntentieverklaringSigned],
        [KvuPhase.Veiligheidsanalyse] = [PhaseCheck.AreaDescribed, PhaseCheck.SourceReceived, PhaseCheck.SchouwDayAndNight, PhaseCheck.KnelpuntenWithSource, PhaseCheck.IndicatorsWithBaseline],
        [KvuPhase.PlanVanAanpak] = [PhaseCheck.KnelpuntenAddressed, PhaseCheck.GoalsSmart, PhaseCheck.MeasuresOwned, PhaseCheck.SamenwerkingsstructuurAgreed, PhaseCheck.EvaluationPlanned],
        [KvuPhase.Convenant] = [PhaseCheck.SignatoriesKnown, PhaseCheck.OmJoined, PhaseCheck.ConvenantSigned],
        [KvuPhase.Uitvoering] = [PhaseCheck.MeasuresTracked, PhaseCheck.ReportedToBenW],
        [KvuPhase.Evaluatie] = [PhaseCheck.IndicatorsMeasuredAgain, PhaseCheck.GoalsAssessed, PhaseCheck.SuccessFactorsScored],
    };

    /// <summary>"De eerste zes bronnen mogen niet ontbreken" (CCV): see <see cref="SourceKind"/>.</summary>
    public static bool IsMandatory(SourceKind source) => source <= SourceKind.EnqueteBezoekers;

    /// <summary>True for the items only the projectleider can judge (ticked by hand).</summary>
    public static bool IsManual(PhaseCheck check) => check >= PhaseCheck.KnelpuntenAddressed
        && check is not (PhaseCheck.GoalsSmart or PhaseCheck.MeasuresOwned or PhaseCheck.SamenwerkingsstructuurAgreed or PhaseCheck.EvaluationPlanned
            or PhaseCheck.SignatoriesKnown or PhaseCheck.OmJoined or PhaseCheck.ConvenantSigned
            or PhaseCheck.IndicatorsMeasuredAgain or PhaseCheck.GoalsAssessed or PhaseCheck.SuccessFactorsScored);

    /// <summary>The checklist of the project's current phase.</summary>
    public static IReadOnlyList<PhaseCheckItem> Evaluate(KvuProject project) => Evaluate(project, project.Phase);

    public static IReadOnlyList<PhaseCheckItem> Evaluate(KvuProject project, KvuPhase phase)
    {
        ArgumentNullException.ThrowIfNull(project);
        var leider = project.Projectleider?.Person.DisplayName;
        var analysis = project.Analysis;
        var items = new List<PhaseCheckItem>();
        foreach (var check in Checks[phase])
        {
            switch (check)
            {
                case PhaseCheck.PartiesAgreed:
                    items.Add(new(check, null, project.PartiesAgreed == true && project.ContributionPledged == true, leider));
                    break;
                case PhaseCheck.WerkgroepFormed:
                    items.Add(new(check, null, project.Members.Count > 0 && !FormationChecks.Evaluate(project).Any(p => p.Severity == Severity.Critical), leider));
                    break;
                case PhaseCheck.IntentieverklaringSigned:
                    items.Add(new(check, null, project.Intentieverklaring.Status == IntentieverklaringStatus.Signed, leider));
                    break;
                case PhaseCheck.AreaDescribed:
                    items.Add(new(check, null, Enum.GetValues<KengetalKind>().All(k => analysis.Kengetallen.ContainsKey(k)), leider));
                    break;
                case PhaseCheck.SourceReceived:
                    items.AddRange(Enum.GetValues<SourceKind>().Where(IsMandatory).Select(analysis.Source)
                        .Select(s => new PhaseCheckItem(check, s.Kind.ToString(), s.ReceivedOn is not null, s.DeliveredBy, s.Due)));
                    break;
                case PhaseCheck.SchouwDayAndNight:
                    items.Add(new(check, null, analysis.FindingsByDay > 0 && analysis.FindingsByNight > 0, leider));
                    break;
                case PhaseCheck.KnelpuntenWithSource:
                    // Every knelpunt names its source when it is entered, so having them is what counts.
                    items.Add(new(check, null, analysis.Knelpunten.Count > 0, leider));
                    break;
                case PhaseCheck.IndicatorsWithBaseline:
                    items.Add(new(check, null, analysis.Indicators.Count > 0, leider));
                    break;
                case PhaseCheck.GoalsSmart:
                    items.Add(new(check, null, Goals.AllSmart(project), leider));
                    break;
                case PhaseCheck.MeasuresOwned:
                    // A measure cannot be saved without its owner, dates and beslisser (Plan's MeasureForm), and none is
                    // removed: one entered means the plan has measures, each complete.
                    items.Add(new(check, null, project.LastMeasureNumber > 0, leider));
                    break;
                case PhaseCheck.SamenwerkingsstructuurAgreed:
                    items.Add(new(check, null, project.Samenwerking.IsAgreed, leider));
                    break;
                case PhaseCheck.EvaluationPlanned:
                    items.Add(new(check, null, project.Nameting is not null && project.EvaluationPlan.Any(m => m.Kind == EvaluationMomentKind.Tussenmeting), leider));
                    break;
                case PhaseCheck.SignatoriesKnown:
                    items.Add(new(check, null, project.ConvenantParties.All(p => p.Signatory is not null), leider));
                    break;
                case PhaseCheck.OmJoined:
                    // The OM has joined once someone signs for it, or it agreed or signed.
                    items.Add(new(check, null, project.ConvenantParties.Any(p => p.Party == KvuProject.OpenbaarMinisterie && (p.Signatory is not null || p.State != SigningState.Concept)), leider));
                    break;
                case PhaseCheck.ConvenantSigned:
                    items.Add(new(check, null, project.ConvenantParties.All(p => p.State == SigningState.Getekend), leider));
                    break;
                case PhaseCheck.IndicatorsMeasuredAgain:
                    // A tussenmeting or the nameting of every indicator in this round, after its nulmeting (RecordMeting refuses earlier dates).
                    items.Add(new(check, null, analysis.Indicators.Count > 0 && analysis.Indicators.All(i => project.MetingenOf(i.Id).Count > 0), leider));
                    break;
                case PhaseCheck.GoalsAssessed:
                    // Evaluation's GoalResults gives a verdict (reached or not) exactly for a SMART goal whose indicator was measured this round.
                    items.Add(new(check, null, project.Goals.Count > 0
                        && project.Goals.All(g => Goals.Gaps(g, analysis).Count == 0 && project.MetingenOf(g.IndicatorId!).Count > 0), leider));
                    break;
                case PhaseCheck.SuccessFactorsScored:
                    // The werkgroep scored the ten success factors in the evaluation of its cooperation, closed this round.
                    items.Add(new(check, null, project.CooperationScoredRounds.Contains(project.Round), leider));
                    break;
                default:
                    items.Add(new(check, null, project.Ticks.Any(t => t.Round == project.Round && t.Check == check), leider, Manual: true));
                    break;
            }
        }

        return items;
    }
}
