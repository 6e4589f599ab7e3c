namespace Kvu.Bot.Formation;

/// <summary>
/// The nulmeting as kept on the project: the area's kengetallen, the sources, the knelpunten and the indicators with
/// their baselines; all small lists (ten sources, at most <see cref="Common.InputLimits.ListItems"/> knelpunten and
/// indicators). The schouw findings can be hundreds: they are rows of their own in the project's partition (Cycle's
/// FindingStore); the project keeps only their count per part of the day, which the checklist needs.
/// </summary>
public sealed record Veiligheidsanalyse
{
    public static Veiligheidsanalyse Empty { get; } = new();

    public IReadOnlyDictionary<KengetalKind, string> Kengetallen { get; init; } = new Dictionary<KengetalKind, string>();

    public IReadOnlyList<AnalysisSource> Sources { get; init; } = [];

    public IReadOnlyList<Knelpunt> Knelpunten { get; init; } = [];

    public IReadOnlyList<Indicator> Indicators { get; init; } = [];

    public int FindingsByDay { get; init; }

    public int FindingsByNight { get; init; }

    /// <summary>Counters for "f1", "k1", "i1": never reused, so a finding's number always means the same finding.</summary>
    public int LastFindingNumber { get; init; }

    public int LastKnelpuntNumber { get; init; }

    public int LastIndicatorNumber { get; init; }

    /// <summary>The source's state; one not yet planned has nobody and no date.</summary>
    public AnalysisSource Source(SourceKind kind) => Sources.FirstOrDefault(s => s.Kind == kind) ?? new AnalysisSource(kind, null, null, null);
}
