using System.Globalization;
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

    /// <summary>AVG: a meting's source is free text and may name the person (<see cref="ErasePerson"/>).</summary>
    private bool ScrubMetingen(Func<string, string> scrub)
    {
        var scrubbed = Metingen.Select(m => m with { Source = scrub(m.Source) }).ToList();
        var changed = !scrubbed.SequenceEqual(Metingen);
        Metingen = scrubbed;
        return changed;
    }
}
