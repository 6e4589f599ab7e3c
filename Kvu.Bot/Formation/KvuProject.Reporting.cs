using System.Text.Json.Serialization;

namespace Kvu.Bot.Formation;

/// <summary>
/// The rhythm of the reports to B&amp;W and the gemeenteraad (the projectleider's task "rapporteren KVU-activiteiten aan
/// B&amp;W en gemeenteraad"): how often, and when the next one is due. The weekly status shows it and reminds when it is near.
/// </summary>
public sealed partial class KvuProject
{
    /// <summary>The longest rhythm: a gemeenteraad hears about its KVU at least once a year.</summary>
    public const int MaxReportingMonths = 12;

    [JsonInclude] public ReportingRhythm? Reporting { get; private set; }

    /// <summary>Report every <paramref name="months"/> months, the first one due on <paramref name="firstDue"/>.</summary>
    public void SetReportingRhythm(int months, DateOnly firstDue, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (months is < 1 or > MaxReportingMonths)
        {
            throw new ArgumentOutOfRangeException(nameof(months), months, $"Between 1 and {MaxReportingMonths} months.");
        }

        Reporting = new ReportingRhythm(months, firstDue, Reporting?.LastReported);
        Record(DecisionKind.ReportingRhythmSet, months.ToString(System.Globalization.CultureInfo.InvariantCulture), firstDue.ToString("O"), by, at);
    }

    public void StopReportingRhythm(PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (Reporting is null)
        {
            return;
        }

        Reporting = null;
        Record(DecisionKind.ReportingRhythmSet, "0", null, by, at);
    }

    /// <summary>
    /// A voortgangsrapportage was made on <paramref name="on"/>. When the report was due (within <paramref name="window"/>
    /// days before its date, or later), the next one is due a rhythm later; an extra report in between changes nothing.
    /// </summary>
    /// <returns>True when the next due date moved.</returns>
    public bool MarkReported(DateOnly on, int window, PersonRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (Reporting is not { } rhythm || on < rhythm.NextDue.AddDays(-window))
        {
            return false;
        }

        var next = rhythm.NextDue;
        while (next <= on.AddDays(window))
        {
            next = next.AddMonths(rhythm.Months);
        }

        Reporting = rhythm with { NextDue = next, LastReported = on };
        Record(DecisionKind.ReportedToBestuur, on.ToString("O"), next.ToString("O"), by, at);
        return true;
    }
}
