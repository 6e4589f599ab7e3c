using System.Text.Json.Serialization;

namespace Kvu.Bot.Formation;

/// <summary>
/// The project through the KVU cycle after the werkgroep is formed: the phases it went through (entered, left, by
/// which group decision), the projectleider's ticks on the checklists, and the Veiligheidsanalyse. The same rules as
/// the rest of the aggregate: deterministic, validate first, one Decision per change.
/// </summary>
public sealed partial class KvuProject
{
    /// <summary>Measures one plan van aanpak may have: the CCV's examples have a few dozen; this leaves room for a large area.</summary>
    public const int MaxMeasures = 300;

    /// <summary>Every stay in a phase, oldest first; empty for a project from before phases were recorded (see <see cref="History"/>).</summary>
    [JsonInclude] public IReadOnlyList<PhaseStay> PhaseHistory { get; private set; } = [];

    /// <summary>Which round of the KVU cycle the project is in: 1 until the first Evaluatie leads to a new analysis.</summary>
    [JsonInclude] public int Round { get; private set; } = 1;

    [JsonInclude] public IReadOnlyList<PhaseTick> Ticks { get; private set; } = [];

    [JsonInclude] public Veiligheidsanalyse Analysis { get; private set; } = Veiligheidsanalyse.Empty;

    /// <summary>The goals of the plan van aanpak, SMART or not yet (<see cref="Formation.Goals.Gaps"/>).</summary>
    [JsonInclude] public IReadOnlyList<Goal> Goals { get; private set; } = [];

    [JsonInclude] public int LastGoalNumber { get; private set; }

    /// <summary>Counter for the measures' numbers ("mr1"); the measures themselves are rows of their own (Plan's MeasureStore).</summary>
    [JsonInclude] public int LastMeasureNumber { get; private set; }

    /// <summary>The phase history; a project from before it was recorded has been in its phase since it was created.</summary>
    [JsonIgnore]
    public IReadOnlyList<PhaseStay> History => PhaseHistory.Count > 0 ? PhaseHistory : [new PhaseStay(Phase, Round, CreatedAt, null)];

    [JsonIgnore]
    public PhaseStay CurrentStay => History[^1];

    /// <summary>
    /// The werkgroep approved moving from <paramref name="from"/> to <paramref name="to"/> (<paramref name="decision"/>:
    /// "fase v2"). Applying the same decision twice changes nothing, so a click that comes in twice, or two last clicks
    /// at the same moment, move the project once.
    /// </summary>
    /// <returns>False when this decision was applied already.</returns>
    /// <exception cref="FormationRuleException">The project is no longer in <paramref name="from"/>: the move was decided for another phase.</exception>
    public bool MovePhase(KvuPhase from, KvuPhase to, int round, string decision, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentException.ThrowIfNullOrWhiteSpace(decision);
        RequireDefined(to);
        if (History.Any(s => s.Decision == decision))
        {
            return false;
        }

        if (Phase != from)
        {
            throw new FormationRuleException(FormationRuleCode.PhaseChanged, Phase.ToString());
        }

        var back = round < Round || (round == Round && to < from);
        CarryIntoRound(Round, round);
        Enter(to, round, decision, back, at);
        Record(DecisionKind.PhaseMoved, decision, $"{from} -> {to}; round {round}", by, at);
        return true;
    }

    /// <summary>The projectleider ticks (or unticks) a checklist item the bot cannot judge itself.</summary>
    public void TickCheck(PhaseCheck check, bool done, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        RequireDefined(check);
        if (!PhaseChecklist.IsManual(check))
        {
            throw new FormationRuleException(FormationRuleCode.CheckNotManual, check.ToString());
        }

        var others = Ticks.Where(t => !(t.Round == Round && t.Check == check));
        Ticks = done ? [.. others, new PhaseTick(Round, check, by, at)] : [.. others];
        Record(DecisionKind.CheckTicked, check.ToString(), done ? "done" : "open", by, at);
    }

    public void SetKengetal(KengetalKind kind, string value, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        RequireDefined(kind);
        var text = RequireText(value, InputLimits.Name);
        Analysis = Analysis with { Kengetallen = new Dictionary<KengetalKind, string>(Analysis.Kengetallen) { [kind] = text } };
        Record(DecisionKind.KengetalSet, kind.ToString(), text, by, at);
    }

    /// <summary>Who delivers a source and by when (a date in the past is allowed: a deadline can be set late).</summary>
    public void PlanSource(SourceKind kind, string deliveredBy, DateOnly? due, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        RequireDefined(kind);
        var who = RequireText(deliveredBy, InputLimits.Name);
        ReplaceSource(Analysis.Source(kind) with { DeliveredBy = who, Due = due });
        Record(DecisionKind.SourcePlanned, kind.ToString(), due is null ? who : $"{who}; {due.Value:O}", by, at);
    }

    public void ReceiveSource(SourceKind kind, DateOnly on, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        RequireDefined(kind);
        if (on > DutchTime.Date(at))
        {
            throw new FormationRuleException(FormationRuleCode.DateInFuture, on.ToString("O"));
        }

        ReplaceSource(Analysis.Source(kind) with { ReceivedOn = on });
        Record(DecisionKind.SourceReceived, kind.ToString(), on.ToString("O"), by, at);
    }

    public Knelpunt AddKnelpunt(KnelpuntTheme theme, string text, SourceKind source, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        RequireDefined(theme);
        RequireDefined(source);
        var description = RequireText(text, InputLimits.FreeText);
        RequireRoom(Analysis.Knelpunten.Count);
        var knelpunt = new Knelpunt($"k{Analysis.LastKnelpuntNumber + 1}", theme, description, source);
        Analysis = Analysis with { Knelpunten = [.. Analysis.Knelpunten, knelpunt], LastKnelpuntNumber = Analysis.LastKnelpuntNumber + 1 };
        Record(DecisionKind.KnelpuntAdded, knelpunt.Id, $"{theme}; {source}", by, at);
        return knelpunt;
    }

    /// <summary>Adds an indicator, or gives one of the same name (case-insensitive) a new baseline.</summary>
    public Indicator SetIndicator(string name, decimal baseline, DateOnly on, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        var indicatorName = RequireText(name, InputLimits.Name);
        if (on > DutchTime.Date(at))
        {
            throw new FormationRuleException(FormationRuleCode.DateInFuture, on.ToString("O"));
        }

        var existing = Analysis.Indicators.FirstOrDefault(i => SameName(i.Name, indicatorName));
        Indicator indicator;
        if (existing is null)
        {
            RequireRoom(Analysis.Indicators.Count);
            indicator = new Indicator($"i{Analysis.LastIndicatorNumber + 1}", indicatorName, baseline, on);
            Analysis = Analysis with { Indicators = [.. Analysis.Indicators, indicator], LastIndicatorNumber = Analysis.LastIndicatorNumber + 1 };
        }
        else
        {
            indicator = existing with { Name = indicatorName, Baseline = baseline, BaselineOn = on };
            Analysis = Analysis with { Indicators = [.. Analysis.Indicators.Select(i => i.Id == existing.Id ? indicator : i)] };
        }

        Record(DecisionKind.IndicatorSet, indicator.Id, $"{indicatorName}; {baseline.ToString(System.Globalization.CultureInfo.InvariantCulture)}; {on:O}", by, at);
        return indicator;
    }

    /// <summary>
    /// Counts a schouw finding and gives it its number; the finding itself is stored as a row of its own (there can
    /// be hundreds). On a re-apply after a 412 the number may differ from the first attempt's: use the returned one.
    /// </summary>
    public string CountFinding(DayPart when, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        RequireDefined(when);
        var id = $"f{Analysis.LastFindingNumber + 1}";
        Analysis = Analysis with
        {
            LastFindingNumber = Analysis.LastFindingNumber + 1,
            FindingsByDay = Analysis.FindingsByDay + (when == DayPart.Dag ? 1 : 0),
            FindingsByNight = Analysis.FindingsByNight + (when == DayPart.Nacht ? 1 : 0),
        };
        Record(DecisionKind.FindingAdded, id, when.ToString(), by, at);
        return id;
    }

    /// <summary>
    /// Adds a goal, or changes the one with the same text (case-insensitive). The indicator is named as the analysis
    /// names it; an unknown name leaves the goal without one, which the SMART check reports.
    /// </summary>
    /// <remarks>
    /// A goal is completed a part at a time, as the SMART check asks ("doel Minder geweld; indicator X" after the
    /// target and date were given), so a part left out (null) keeps what a goal being changed had; only a part that
    /// is given replaces it.
    /// </remarks>
    /// <param name="knelpuntIds">The knelpunten it answers (unknown ids are left out); null keeps those of a goal being changed.</param>
    public Goal SetGoal(string text, string? indicatorName, decimal? target, DateOnly? by, PersonRef person, DateTimeOffset at, IReadOnlyList<string>? knelpuntIds = null)
    {
        ArgumentNullException.ThrowIfNull(person);
        var goalText = RequireText(text, InputLimits.Name);
        var indicatorId = indicatorName is null ? null : Analysis.Indicators.FirstOrDefault(i => SameName(i.Name, indicatorName))?.Id;
        var existing = Goals.FirstOrDefault(g => SameName(g.Text, goalText));
        Goal goal;
        if (existing is null)
        {
            RequireRoom(Goals.Count);
            goal = new Goal($"d{LastGoalNumber + 1}", goalText, indicatorId, target, by) { KnelpuntIds = Known(knelpuntIds) };
            LastGoalNumber++;
            Goals = [.. Goals, goal];
        }
        else
        {
            goal = existing with
            {
                Text = goalText,
                IndicatorId = indicatorName is null ? existing.IndicatorId : indicatorId,
                Target = target ?? existing.Target,
                By = by ?? existing.By,
                KnelpuntIds = knelpuntIds is null ? existing.KnelpuntIds : Known(knelpuntIds),
            };
            Goals = [.. Goals.Select(g => g.Id == existing.Id ? goal : g)];
        }

        Record(DecisionKind.GoalSet, goal.Id, $"{goalText}; {goal.IndicatorId}; {goal.Target?.ToString(System.Globalization.CultureInfo.InvariantCulture)}; {goal.By:O}", person, at);
        return goal;
    }

    /// <summary>
    /// Gives a new measure of the plan van aanpak its number ("mr4": "m" is taken by the seats) and records it; the
    /// measure itself is a row of its own (a plan has up to a hundred or more). On a re-apply after a 412 the number may
    /// differ from the first attempt's: use the returned one.
    /// </summary>
    public string CountMeasure(string title, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (LastMeasureNumber >= MaxMeasures)
        {
            throw new FormationRuleException(FormationRuleCode.ListFull, MaxMeasures.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var id = $"mr{LastMeasureNumber + 1}";
        LastMeasureNumber++;
        Record(DecisionKind.MeasureAdded, id, title, by, at);
        return id;
    }

    /// <summary>Records that a measure was changed: the project's log is the plan's audit trail, and a change goes through the project so an archived one refuses it.</summary>
    public void RecordMeasureChange(string id, string title, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Record(DecisionKind.MeasureChanged, id, title, by, at);
    }

    private IReadOnlyList<string> Known(IReadOnlyList<string>? knelpuntIds) =>
        [.. Analysis.Knelpunten.Where(k => knelpuntIds?.Contains(k.Id, StringComparer.OrdinalIgnoreCase) == true).Select(k => k.Id)];

    private void Enter(KvuPhase phase, int round, string? decision, bool back, DateTimeOffset at)
    {
        var history = History;
        PhaseHistory = [.. history.Take(history.Count - 1), history[^1] with { LeftAt = at }, new PhaseStay(phase, round, at, decision, back)];
        Phase = phase;
        Round = round;
    }

    private void ReplaceSource(AnalysisSource source) =>
        Analysis = Analysis with
        {
            Sources = [.. Analysis.Sources.Where(s => s.Kind != source.Kind).Append(source).OrderBy(s => s.Kind)],
        };

    private static string RequireText(string? text, int maximum)
    {
        var trimmed = RequireName(text);
        return trimmed.Length > maximum ? throw new FormationRuleException(FormationRuleCode.TextTooLong, maximum.ToString(System.Globalization.CultureInfo.InvariantCulture)) : trimmed;
    }

    private static void RequireRoom(int count)
    {
        if (count >= InputLimits.ListItems)
        {
            throw new FormationRuleException(FormationRuleCode.ListFull, InputLimits.ListItems.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
