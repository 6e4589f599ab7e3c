using System.Text.Json.Serialization;

namespace Kvu.Bot.Formation;

/// <summary>
/// The project in the Evaluatie: the metingen of its indicators after the nulmeting. The same rules as the rest of the
/// aggregate: deterministic, validate first, one Decision per change.
/// </summary>
public sealed partial class KvuProject
{
    /// <summary>
    /// Metingen kept on the project: twelve a year for a handful of indicators over several rounds fit easily in the
    /// project's entity (about 150 bytes each).
    /// </summary>
    public const int MaxMetingen = 300;

    /// <summary>Every meting of every round, in the order they were entered.</summary>
    [JsonInclude] public IReadOnlyList<Meting> Metingen { get; private set; } = [];

    /// <summary>The counter for "m1", "m2": never reused.</summary>
    [JsonInclude] public int LastMetingNumber { get; private set; }

    /// <summary>
    /// Records a tussenmeting or the nameting of an indicator in the current round. A second meting of the same
    /// indicator on the same date replaces the first (a correction, not a second measurement).
    /// </summary>
    /// <exception cref="FormationRuleException">
    /// The indicator is unknown, the date lies in the future or before the indicator's nulmeting, or the source is empty.
    /// </exception>
    public Meting RecordMeting(string indicatorId, MetingKind kind, decimal value, DateOnly on, string source, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        RequireDefined(kind);
        var indicator = Analysis.Indicators.FirstOrDefault(i => i.Id == indicatorId)
            ?? throw new FormationRuleException(FormationRuleCode.UnknownIndicator, indicatorId);
        var from = RequireText(source, InputLimits.Name);
        if (on > DutchTime.Date(at))
        {
            throw new FormationRuleException(FormationRuleCode.DateInFuture, on.ToString("O"));
        }

        if (on < indicator.BaselineOn)
        {
            throw new FormationRuleException(FormationRuleCode.MetingBeforeBaseline, indicator.BaselineOn.ToString("O"));
        }

        var existing = Metingen.FirstOrDefault(m => m.Round == Round && m.IndicatorId == indicator.Id && m.On == on);
        Meting meting;
        if (existing is null)
        {
            if (Metingen.Count >= MaxMetingen)
            {
                throw new FormationRuleException(FormationRuleCode.ListFull, MaxMetingen.ToString(CultureInfo.InvariantCulture));
            }

            meting = new Meting($"m{LastMetingNumber + 1}", indicator.Id, kind, value, on, from, Round);
            LastMetingNumber++;
            Metingen = [.. Metingen, meting];
        }
        else
        {
            meting = existing with { Kind = kind, Value = value, Source = from };
            Metingen = [.. Metingen.Select(m => m.Id == existing.Id ? meting : m)];
        }

        Record(DecisionKind.MetingRecorded, meting.Id, $"{indicator.Id}; {kind}; {value.ToString(CultureInfo.InvariantCulture)}; {on:O}; {from}", by, at);
        return meting;
    }

    /// <summary>The indicator's metingen of the current round, oldest first (by date, then in the order entered): a new round starts from a new nulmeting.</summary>
    public IReadOnlyList<Meting> MetingenOf(string indicatorId) =>
        [.. Metingen
            .Where(m => m.Round == Round && m.IndicatorId == indicatorId)
            .OrderBy(m => m.On)
            .ThenBy(m => int.Parse(m.Id.AsSpan(1), CultureInfo.InvariantCulture))];

    /// <summary>The rounds whose evaluation of the cooperation was closed with scores: the Evaluatie's checklist reads it.</summary>
    [JsonInclude] public IReadOnlyList<int> CooperationScoredRounds { get; private set; } = [];

    /// <summary>The evaluation of the cooperation of this round was closed with members' scores (once per round).</summary>
    public void RecordCooperationScored(int answers, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (answers <= 0 || CooperationScoredRounds.Contains(Round))
        {
            return;
        }

        CooperationScoredRounds = [.. CooperationScoredRounds, Round];
        Record(DecisionKind.CooperationScored, Round.ToString(CultureInfo.InvariantCulture), answers.ToString(CultureInfo.InvariantCulture), by, at);
    }

    /// <summary>Says which way an indicator gets better; without it the goals that name the indicator tell.</summary>
    public void SetIndicatorDirection(string indicatorId, IndicatorDirection better, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        RequireDefined(better);
        var indicator = Analysis.Indicators.FirstOrDefault(i => i.Id == indicatorId)
            ?? throw new FormationRuleException(FormationRuleCode.UnknownIndicator, indicatorId);
        if (indicator.Better == better)
        {
            return;
        }

        Analysis = Analysis with { Indicators = [.. Analysis.Indicators.Select(i => i.Id == indicator.Id ? i with { Better = better } : i)] };
        Record(DecisionKind.IndicatorDirectionSet, indicator.Id, better.ToString(), by, at);
    }

    /// <summary>The knelpunten the werkgroep judged solved in this round: they stay behind when a new round starts.</summary>
    [JsonInclude] public IReadOnlyList<string> ResolvedKnelpunten { get; private set; } = [];

    /// <summary>The analyses of earlier rounds, kept when a new round starts (and put back when the werkgroep goes back to the round before).</summary>
    [JsonInclude] public IReadOnlyList<RoundAnalysis> EarlierAnalyses { get; private set; } = [];

    /// <summary>The knelpunten a new round's analysis starts with: those not judged solved.</summary>
    [JsonIgnore]
    public IReadOnlyList<Knelpunt> OpenKnelpunten => [.. Analysis.Knelpunten.Where(k => !ResolvedKnelpunten.Contains(k.Id))];

    /// <summary>Marks a knelpunt as solved (or not any more), so it does (not) go along into the next round.</summary>
    public void ResolveKnelpunt(string knelpuntId, bool resolved, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        var knelpunt = Analysis.Knelpunten.FirstOrDefault(k => string.Equals(k.Id, knelpuntId?.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new FormationRuleException(FormationRuleCode.UnknownKnelpunt, knelpuntId);
        var others = ResolvedKnelpunten.Where(id => id != knelpunt.Id);
        ResolvedKnelpunten = resolved ? [.. others, knelpunt.Id] : [.. others];
        Record(DecisionKind.KnelpuntResolved, knelpunt.Id, resolved ? "resolved" : "open", by, at);
    }

    /// <summary>
    /// A new round begins with a new Veiligheidsanalyse that carries the indicators over, each with its latest meting of
    /// the round before as its new nulmeting (the nameting, as a rule), and the open knelpunten; sources, kengetallen and
    /// the schouw start afresh. The counters go on, so "k3" and "f12" keep meaning the same. The werkgroep is the project's.
    /// </summary>
    private void CarryIntoRound(int from, int to)
    {
        if (to > from)
        {
            var indicators = Analysis.Indicators.Select(i =>
                Metingen.Where(m => m.Round == from && m.IndicatorId == i.Id).OrderBy(m => m.On).LastOrDefault() is { } latest
                    ? i with { Baseline = latest.Value, BaselineOn = latest.On }
                    : i).ToList();
            EarlierAnalyses = [.. EarlierAnalyses.Where(a => a.Round != from), new RoundAnalysis(from, Analysis, ResolvedKnelpunten)];
            Analysis = Veiligheidsanalyse.Empty with
            {
                Indicators = indicators,
                Knelpunten = OpenKnelpunten,
                LastFindingNumber = Analysis.LastFindingNumber,
                LastKnelpuntNumber = Analysis.LastKnelpuntNumber,
                LastIndicatorNumber = Analysis.LastIndicatorNumber,
            };
            ResolvedKnelpunten = [];
        }
        else if (to < from && EarlierAnalyses.FirstOrDefault(a => a.Round == to) is { } earlier)
        {
            // Back to the round before: its own analysis again; what was added to the new one meanwhile stays counted.
            Analysis = earlier.Analysis with
            {
                LastFindingNumber = Analysis.LastFindingNumber,
                LastKnelpuntNumber = Analysis.LastKnelpuntNumber,
                LastIndicatorNumber = Analysis.LastIndicatorNumber,
            };
            ResolvedKnelpunten = earlier.Resolved;
            EarlierAnalyses = [.. EarlierAnalyses.Where(a => a.Round != to)];
        }
    }

    /// <summary>AVG: a meting's source and an earlier round's source deliverers are free text that may name her (<see cref="ErasePerson"/>).</summary>
    private bool ScrubEvaluation(Func<string, string> scrub)
    {
        var metingen = Metingen.Select(m => m with { Source = scrub(m.Source) }).ToList();
        var earlier = EarlierAnalyses.Select(a => a with
        {
            Analysis = a.Analysis with { Sources = [.. a.Analysis.Sources.Select(s => s with { DeliveredBy = s.DeliveredBy is null ? null : scrub(s.DeliveredBy) })] },
        }).ToList();
        var changed = !metingen.SequenceEqual(Metingen)
            || earlier.Zip(EarlierAnalyses).Any(p => !p.First.Analysis.Sources.SequenceEqual(p.Second.Analysis.Sources));
        Metingen = metingen;
        EarlierAnalyses = earlier;
        return changed;
    }
}
